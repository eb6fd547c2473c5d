/**
 * Names people write for fields, folded to ASCII, and the field they mean. Used only to suggest
 * the right name in an "unknown field" message: `gia` → `price`, `sdt` → `phone`.
 */
export const FIELD_ALIASES: Readonly<Record<string, string>> = {
  ten: 'name', 'ten-san-pham': 'name', 'ten-htx': 'name', title: 'name',
  gia: 'price', 'gia-ban': 'price', cost: 'price',
  'dien-thoai': 'phone', sdt: 'phone', 'so-dien-thoai': 'phone', dt: 'phone', tel: 'phone', mobile: 'phone', hotline: 'phone',
  'e-mail': 'email', mail: 'email', 'thu-dien-tu': 'email',
  nhom: 'group', 'nhom-san-pham': 'group', category: 'group', 'nhom-ocop': 'group',
  'mo-ta': 'summary', 'gioi-thieu': 'summary', description: 'summary', 'tom-tat': 'summary',
  anh: 'images', hinh: 'images', 'hinh-anh': 'images', image: 'images', photo: 'images', photos: 'images', pictures: 'images',
  'anh-bia': 'cover', 'dia-chi': 'address', 'thanh-vien': 'members', 'so-thanh-vien': 'members',
  'nam-thanh-lap': 'founded', 'thanh-lap': 'founded', 'dai-dien': 'representative', 'giam-doc': 'representative',
  'chung-nhan': 'certifications', certificates: 'certifications', certification: 'certifications',
  'dong-goi': 'packaging', 'bao-bi': 'packaging', 'quy-cach': 'packaging',
  'han-su-dung': 'shelfLife', hsd: 'shelfLife', 'shelf-life': 'shelfLife',
  'thanh-phan': 'ingredients', 'mua-vu': 'season', mua: 'season', 'noi-ban': 'buy', 'mua-o-dau': 'buy',
  web: 'website', 'trang-web': 'website', fb: 'facebook', 'loai-hinh': 'type',
  sao: 'stars', 'so-sao': 'stars', star: 'stars', 'ngay-cap': 'issuedOn', 'ngay-quyet-dinh': 'issuedOn', issued: 'issuedOn', 'issued-on': 'issuedOn',
  'het-han': 'validUntil', 'ngay-het-han': 'validUntil', expires: 'validUntil', expiry: 'validUntil', 'valid-until': 'validUntil',
  'so-quyet-dinh': 'decision', 'quyet-dinh': 'decision', 'co-quan-cap': 'issuer', 'noi-cap': 'issuer', 'ma-so': 'code', 'so-chung-nhan': 'code',
  xa: 'commune', phuong: 'commune', ward: 'commune', huyen: 'district', tinh: 'province', city: 'province',
  duong: 'street', 'so-nha': 'street', 'don-vi': 'unit', 'don-vi-tinh': 'unit', tu: 'from', den: 'to',
  'noi-bat': 'featured', 'the': 'tags', tag: 'tags', 'tu-khoa': 'tags', 'vi-do': 'lat', 'kinh-do': 'lng',
  latitude: 'lat', longitude: 'lng', lon: 'lng', long: 'lng', 'toa-do': 'geo', 'ban-do': 'geo', location: 'geo',
  'ngay-dang': 'date', 'tac-gia': 'author', 'ngay-them': 'added',
};
