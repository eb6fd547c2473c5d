/**
 * The demo's images: for each file the content refers to, only what the front matter does not say
 * (what kind of image, what it shows, its colours). Captions come from the front matter.
 *
 * Paths are under content/: cooperative images by folder then path inside it, the rest in full.
 * Object literals, so TypeScript refuses the same file listed twice.
 */
import { P } from './palettes.ts';
import type { Motif, Palette, Row } from './types.ts';

const product = (motif: Motif, palette: Palette): Row => ({ kind: 'product', motif, palette });
const cover = (motif: Motif, palette: Palette): Row => ({ kind: 'cover', motif, palette });
const story = (motif: Motif, palette: Palette): Row => ({ kind: 'story', motif, palette });
const logo = (palette: Palette): Row => ({ kind: 'logo', palette });

/** Cooperative folder → path inside it → row. */
export const COOPERATIVE_IMAGES: Readonly<Record<string, Readonly<Record<string, Row>>>> = {
  'htx-keo-dua-dinh-thuy': {
    'cover.jpg': cover('coconut', P.coconut),
    'logo.png': logo(P.coconut),
    'images/keo-dua-la-dua.jpg': product('candy', P.pandan),
    'images/keo-dua-la-dua-2.jpg': product('coconut', P.pandan),
    'images/keo-dua-dau-phong.jpg': product('candy', P.peanut),
    'images/dau-dua-ep-lanh.jpg': product('bottle', P.oil),
    'images/ruou-dua.jpg': product('coconut', P.ruou),
  },
  'htx-sinh-vat-canh-cai-mon': {
    'cover.jpg': cover('bonsai', P.mai),
    'logo.png': logo(P.garden),
    'products/mai-vang-bonsai-dang-truc/mai-vang-1.jpg': product('bonsai', P.mai),
    'products/mai-vang-bonsai-dang-truc/mai-vang-2.jpg': product('flowers', P.mai),
    'images/hoa-giay-bonsai.jpg': product('bonsai', P.bougain),
    'images/kim-quyt-bonsai.jpg': product('bonsai', P.kumquat),
  },
  'tht-thu-cong-dua-phong-nam': {
    'cover.jpg': cover('bowl', P.craft),
    'images/bo-chen-gao-dua.jpg': product('bowl', P.craft),
    'images/den-ngu-gao-dua.jpg': product('lamp', P.glow),
  },
  'htx-du-lich-con-quy': {
    'cover.jpg': cover('house', P.river),
    'logo.png': logo(P.river),
    'images/homestay-nha-vuon.jpg': product('house', P.garden),
    'images/homestay-nha-vuon-2.jpg': product('bicycle', P.garden),
    'images/tour-xuong.jpg': product('boat', P.river),
  },
  'htx-che-shan-tuyet-may-ngan': {
    'cover.jpg': cover('teatree', P.tea),
    'logo.png': logo(P.tea),
    'images/tra-shan-tuyet-co-thu.jpg': product('tea', P.tea),
    'images/tra-shan-tuyet-co-thu-2.jpg': product('teatree', P.tea),
    'images/hong-tra.jpg': product('tea', P.blacktea),
  },
  'htx-ong-mat-bac-ha-cao-nguyen-da': {
    'cover.jpg': cover('flowers', P.mint),
    'logo.png': logo(P.honey),
    'products/mat-ong-bac-ha/mat-ong-bac-ha-1.jpg': product('jar', P.honey),
    'products/mat-ong-bac-ha/mat-ong-bac-ha-2.jpg': product('honeycomb', P.honey),
    'products/mat-ong-bac-ha/mat-ong-bac-ha-3.jpg': product('flowers', P.mint),
    'images/phan-hoa.jpg': product('powder', P.pollen),
  },
  'lhhtx-nong-san-vi-xuyen': {
    'cover.jpg': cover('fruit', P.orange),
    'logo.png': logo(P.orange),
    'images/cam-sanh.jpg': product('fruit', P.orange),
    'images/ruou-ngo.jpg': product('corn', P.corn),
    'images/tam-that.jpg': product('root', P.root),
  },
  'htx-det-tho-cam-hoa-lanh': {
    'cover.jpg': cover('fabric', P.indigo),
    'logo.png': logo(P.hmong),
    'images/khan-tho-cam.jpg': product('fabric', P.indigo),
    'images/tui-tho-cam.jpg': product('bag', P.hmong),
    'images/homestay-trinh-tuong.jpg': product('stonehouse', P.stone),
  },
  'htx-khom-hoa-tien': {
    'cover.jpg': cover('pineapple', P.pineapple),
    'logo.png': logo(P.pineapple),
    'images/khom-cau-duc.jpg': product('pineapple', P.pineapple),
    'images/mut-khom.jpg': product('segments', P.candied),
    'images/tinh-bot-nghe.jpg': product('powder', P.turmeric),
  },
  'htx-buoi-nam-roi-dong-phuoc': {
    'cover.jpg': cover('pomelo', P.pomelo),
    'logo.png': logo(P.pomelo),
    'images/buoi-nam-roi.jpg': product('pomelo', P.pomelo),
    'images/buoi-nam-roi-2.jpg': product('segments', P.pomelo),
    'products/tour-cho-noi-nga-bay/cho-noi.jpg': product('market', P.market),
    'products/tour-cho-noi-nga-bay/vuon-buoi.jpg': product('pomelo', P.garden),
  },
  'tht-dan-luc-binh-nga-bay': {
    'cover.jpg': cover('basket', P.hyacinth),
    'images/gio-luc-binh.jpg': product('basket', P.hyacinth),
    'images/tham-luc-binh.jpg': product('mat', P.hyacinth),
  },
  'htx-thot-not-bay-nui': {
    'cover.jpg': cover('palm', P.palm),
    'logo.png': logo(P.palm),
    'images/duong-thot-not.jpg': product('palm', P.palm),
    'images/nuoc-thot-not.jpg': product('bottle', P.palmdrink),
    'images/gao-nang-nhen.jpg': product('rice', P.rice),
    'images/tra-kho-qua-rung.jpg': product('herb', P.herbal),
  },
  'htx-mam-nui-sam': {
    'cover.jpg': cover('fishjar', P.fish),
    'logo.png': logo(P.fish),
    'images/mam-thai.jpg': product('fishjar', P.fish),
    'images/mam-ca-linh.jpg': product('fishjar', P.linh),
  },
  'htx-det-lua-long-chau': {
    'cover.jpg': cover('fabric', P.silk),
    'images/khan-lua.jpg': product('fabric', P.silk),
    'images/lua-mac-nua.jpg': product('mat', P.silk),
  },
  'htx-du-lich-tram-xanh-van-giao': {
    'cover.jpg': cover('forest', P.forest),
    'logo.png': logo(P.forest),
    'images/tour-rung-tram.jpg': product('forest', P.forest),
    'images/tour-rung-tram-2.jpg': product('birds', P.forest),
    'images/homestay-ven-rung.jpg': product('stilthouse', P.forest),
  },
};

/** Path under content/ → row, for images outside cooperative folders (story covers). */
export const OTHER_IMAGES: Readonly<Record<string, Row>> = {
  'stories/images/hanh-trinh-mat-ong-bac-ha.jpg': story('honeycomb', P.honey),
  'stories/images/keo-dua-ben-tre.jpg': story('candy', P.coconut),
};

/** Every row as [path under content/, row], in table order. */
export function tableRows(): Array<[string, Row]> {
  const coopRows = Object.entries(COOPERATIVE_IMAGES).flatMap(([folder, rows]) =>
    Object.entries(rows).map(([file, row]): [string, Row] => [`cooperatives/${folder}/${file}`, row]),
  );
  return [...coopRows, ...Object.entries(OTHER_IMAGES)];
}
