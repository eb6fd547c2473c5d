/**
 * Templates `npm run new` writes: every field, each explained in Vietnamese. A line left blank means
 * "not set", so a cooperative fills in what it has and leaves the rest.
 */

/** Quotes a value for YAML when it has characters YAML would misread (`:`, `#`, leading symbols). */
function yamlText(value: string): string {
  return /^[\p{L}\p{N}][^:#\n]*$/u.test(value) && !/\s$/.test(value) ? value : JSON.stringify(value);
}

export function cooperativeTemplate(p: { name: string; today: string }): string {
  return `---
# HỒ SƠ HỢP TÁC XÃ. Dòng bắt đầu bằng # là lời giải thích, không hiện trên trang.
# Dòng nào chưa có thông tin thì để trống sau dấu hai chấm. Xem hướng dẫn: docs/huong-dan.md

# Tên đầy đủ (bắt buộc)
name: ${yamlText(p.name)}
# Loại hình: htx (hợp tác xã), tht (tổ hợp tác) hoặc lhhtx (liên hiệp hợp tác xã)
type: htx
# Một câu giới thiệu, tối đa 200 ký tự (hiện trên thẻ và khi chia sẻ lên Zalo, Facebook)
summary:
# Năm thành lập, ví dụ: 2015
founded:
# Số thành viên, ví dụ: 25
members:
# Người đại diện, ví dụ: Nguyễn Văn An (Giám đốc)
representative:
# Địa chỉ. Bắt buộc: commune (xã, phường) và province (tỉnh, thành phố).
# Ghi tên tỉnh mới (từ 1/7/2025) hoặc tên tỉnh cũ đều được; district là huyện cũ, nếu muốn ghi.
address:
  street:
  commune:
  district:
  province:
# Vị trí trên bản đồ: mở Google Maps, bấm giữ vào vị trí, chép hai số. Ví dụ lat: 22.8233, lng: 104.9836
geo:
  lat:
  lng:
# Số điện thoại, ví dụ: 0912 345 678
phone:
# Zalo: số điện thoại hoặc đường dẫn https://zalo.me/…
zalo:
# Thư điện tử, ví dụ: htx.abc@gmail.com
email:
# Trang web và trang Facebook: chép đầy đủ, bắt đầu bằng https://
website:
facebook:
# Ảnh: chép tệp ảnh vào thư mục này rồi ghi tên tệp, ví dụ: ./logo.png và ./anh-bia.jpg
logo:
cover:
# Từ khoá, cách nhau bằng dấu phẩy trong ngoặc vuông, ví dụ: [mật ong, Hà Giang]
tags: []
# Ngày tham gia trang (tự điền, không cần sửa)
added: ${p.today}
---

Viết câu chuyện của hợp tác xã ở đây: thành lập khi nào, có bao nhiêu hộ tham gia, làm ra sản phẩm
như thế nào, điều gì làm nên sự khác biệt.
`;
}

export function productTemplate(p: { name: string; group?: string | undefined; today: string }): string {
  return `---
# SẢN PHẨM. Dòng bắt đầu bằng # là lời giải thích, không hiện trên trang.
# Dòng nào chưa có thông tin thì để trống sau dấu hai chấm. Xem hướng dẫn: docs/huong-dan.md

# Tên sản phẩm (bắt buộc)
name: ${yamlText(p.name)}
# Nhóm OCOP (bắt buộc), một trong: thuc-pham, do-uong, duoc-lieu, thu-cong-my-nghe, sinh-vat-canh, du-lich
group: ${p.group ?? ''}
# Một câu giới thiệu, tối đa 200 ký tự
summary:
# Ảnh: chép ảnh vào thư mục của hợp tác xã, rồi ghi đường dẫn tính từ tệp này.
# Ảnh đầu tiên là ảnh đại diện. Ví dụ:
#   - { src: ../images/mat-ong.jpg, alt: "Hũ mật ong bạc hà 500 ml" }
images:
# Chứng nhận OCOP (nếu có): số sao (3, 4 hoặc 5), ngày ra quyết định, số quyết định, cơ quan công nhận.
# Hiệu lực mặc định 36 tháng kể từ ngày quyết định; ghi validUntil nếu khác.
ocop:
  stars:
  issuedOn:
  decision:
  issuer:
# Chứng nhận khác (VietGAP, hữu cơ…). Ví dụ:
#   - { type: vietgap, code: VG-01-23, issuer: "Trung tâm Chứng nhận ABC", issuedOn: 2025-03-01 }
# VietGAP mặc định có hiệu lực 24 tháng; loại khác cần ghi validUntil.
certifications:
# Giá bằng đồng: from (giá), to (giá cao nhất, nếu có), unit (đơn vị tính). Ví dụ: from: 180000, unit: hũ 500 ml
price:
  from:
  to:
  unit:
# Quy cách đóng gói, hạn sử dụng, thành phần
packaging:
shelfLife:
ingredients:
# Mùa vụ: các tháng có hàng, ví dụ: [10, 11, 12]
season:
# Nơi bán trực tuyến. Ví dụ:
#   - { label: Gian hàng Shopee, url: https://shopee.vn/… }
buy:
# Từ khoá, ví dụ: [mật ong, quà biếu]
tags: []
# Ngày đăng sản phẩm (tự điền, không cần sửa)
added: ${p.today}
---

Giới thiệu sản phẩm ở đây: nguyên liệu, cách làm, cách dùng, cách bảo quản.
`;
}
