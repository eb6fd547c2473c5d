/**
 * The search page's words about forgiving search: what it understood the query as, that results
 * are approximate, and the "did you mean" block when nothing matches. The page's other words are
 * in `ui.searchPage` (`vi.ts`).
 */
export const searchWords = {
  /** Heading of the block shown when nothing matches. */
  didYouMean: 'Có phải bạn muốn tìm…',
  /** Before the product groups in that block. */
  browseGroups: 'Hoặc xem sản phẩm theo nhóm:',
  /** Templates filled in the browser: {q} is the query as understood. */
  client: {
    understood: 'Đã hiểu là «{q}».',
    approximate: 'Không có kết quả khớp đúng từng chữ; đây là các kết quả gần đúng.',
    suggestions: 'Xem các tên gần giống bên dưới.',
  },
};
