/**
 * The words of the form at `/admin/` (Decap CMS), in Vietnamese: its collections, the form's hints
 * where the template's speak of YAML, the messages of its patterns, and Decap's own interface
 * strings that its Vietnamese locale lacks or words awkwardly (`adminLocale`, merged over it).
 * Field labels and hints are the fields' words (`./fields.vi.ts`); option labels are the site's.
 */
import { certificationLabels, cooperativeTypeLabels, groupLabels } from './vi.ts';

/** An option of a select: a producer type, an OCOP group, a certificate type or a star level. */
const optionLabels: Readonly<Record<string, string>> = { ...cooperativeTypeLabels, ...groupLabels, ...certificationLabels };

export const adminWords = {
  /** The page's title. */
  title: 'Sửa thông tin trên trang',
  noscript: 'Trang sửa thông tin cần bật JavaScript trong trình duyệt.',
  collections: {
    cooperatives: 'Hồ sơ hợp tác xã',
    cooperative: 'hồ sơ hợp tác xã',
    products: (cooperative: string) => `Sản phẩm: ${cooperative}`,
    product: 'sản phẩm',
    body: {
      cooperative: {
        label: 'Giới thiệu hợp tác xã',
        hint: 'Câu chuyện của hợp tác xã: thành lập khi nào, bao nhiêu thành viên, làm gì. Viết như soạn văn bản.',
      },
      product: {
        label: 'Mô tả sản phẩm',
        hint: 'Sản phẩm làm thế nào, có gì đặc biệt, dùng và bảo quản ra sao. Viết như soạn văn bản.',
      },
    },
  },
  option: (value: string) => optionLabels[value] ?? (/^\d$/.test(value) ? `${value} sao` : value),
  month: (month: number) => `Tháng ${month}`,
  patterns: {
    phone: 'ghi số điện thoại Việt Nam, ví dụ 0912 345 678 hoặc 0275 3843 555',
    email: 'ghi địa chỉ thư điện tử, ví dụ htx.abc@gmail.com',
    url: 'chép đầy đủ đường dẫn, bắt đầu bằng https://',
    https: 'chép đầy đủ đường dẫn, bắt đầu bằng https://',
    zalo: 'ghi số điện thoại hoặc đường dẫn https://zalo.me/…',
    price: 'ghi giá bằng số, ví dụ 180000, 180.000 hoặc 180k',
  },
  tooLong: (max: number) => `tối đa ${max} ký tự`,
  /** Hints for the form where the template's explain YAML syntax (by field path). */
  formHints: {
    'cooperative.type': 'Hợp tác xã, tổ hợp tác, liên hiệp hợp tác xã, hoặc doanh nghiệp, hộ kinh doanh, cơ sở sản xuất có sản phẩm OCOP.',
    'product.group': 'Nhóm sản phẩm theo Chương trình OCOP (Quyết định 148/QĐ-TTg).',
    'product.ocop.stars': 'Số sao ghi trên quyết định công nhận.',
    'product.certifications.type': 'Chọn “Chứng nhận khác” cho loại không có trong danh sách, và ghi tên chứng nhận.',
    'cooperative.geo': 'Mở Google Maps, bấm giữ vào vị trí của hợp tác xã, chép hai số: vĩ độ (khoảng 8–23) và kinh độ (khoảng 102–117).',
    'cooperative.logo': 'Biểu trưng, nên là ảnh vuông. Ảnh được lưu vào thư mục images/ của hợp tác xã.',
    'cooperative.cover': 'Ảnh bìa, nên là ảnh ngang. Ảnh được lưu vào thư mục images/ của hợp tác xã.',
    'cooperative.tags': 'Từ khoá, cách nhau bằng dấu phẩy, ví dụ: mật ong, Hà Giang',
    'product.images': 'Ảnh sản phẩm, nên chụp ngang; ảnh đầu tiên là ảnh đại diện. Ảnh được lưu vào thư mục images/ của hợp tác xã.',
    'product.ocop': 'Chứng nhận OCOP, nếu có: số sao và ngày ra quyết định. Hiệu lực mặc định 36 tháng kể từ ngày quyết định.',
    'product.certifications':
      'VietGAP, hữu cơ, chỉ dẫn địa lý, nhãn hiệu tập thể… VietGAP có hiệu lực 24 tháng, nhãn hiệu tập thể 10 năm, chỉ dẫn địa lý không thời hạn; loại khác cần ghi ngày hết hạn.',
    'product.price': 'Giá bằng đồng và đơn vị tính, ví dụ 180000 cho một hũ 500 ml. Có khoảng giá thì ghi thêm giá cao nhất.',
    'product.season': 'Các tháng có hàng.',
    'product.buy': 'Gian hàng trực tuyến (Shopee, Tiki, trang riêng…): tên và đường dẫn.',
    'product.featured': 'Bật để đưa lên trang chủ (do cán bộ phụ trách trang quyết định).',
    'product.tags': 'Từ khoá, cách nhau bằng dấu phẩy, ví dụ: mật ong, quà biếu',
  } as Readonly<Record<string, string>>,
  /** Shown instead of a file the form cannot read; it is fixed by hand, as the check explains. */
  unreadable:
    'Tệp này sai cú pháp (phần thông tin giữa hai dòng ---) nên biểu mẫu không mở được. Hãy sửa tệp trên GitHub theo thông báo kiểm tra, hoặc nhờ cán bộ phụ trách trang.',
  /** The slug of a new entry whose name has no letter or digit to take one from. */
  fallbackSlug: { cooperative: 'hop-tac-xa', product: 'san-pham' },
  /** Commit messages, which title the pull requests reviewers read. */
  commitMessages: {
    create: 'Thêm {{collection}} “{{slug}}”',
    update: 'Sửa {{collection}} “{{slug}}”',
    delete: 'Xoá {{collection}} “{{slug}}”',
    uploadMedia: 'Tải ảnh “{{path}}”',
    deleteMedia: 'Xoá ảnh “{{path}}”',
  },
};

/** What the guide's screenshot of a refused value types in (`scripts/screenshots-cms.ts`). */
export const screenshotSample = { name: 'Mật ong hoa cải', price: 'mười nghìn', unit: 'hũ 500 ml' };

/** What `npm run edit` prints. */
export const editCli = {
  usage: `Cách dùng: npm run edit [-- --port 4321]

Mở trang web và biểu mẫu sửa thông tin trên máy này (chỉ máy này vào được). Mọi thay đổi
được ghi thẳng vào các tệp trong thư mục content/; xong việc, chạy npm run check rồi gửi lên như thường lệ.`,
  ready: (url: string) => `
Đang khởi động…
  Biểu mẫu sửa thông tin:  ${url}/admin/   (bấm "Đăng nhập", không cần mật khẩu)
  Xem trước trang web:     ${url}/
Thay đổi được ghi thẳng vào thư mục content/. Bấm Ctrl+C để dừng.
`,
  stopped: (what: string, code: number | null) => `${what} đã dừng${code ? ` (mã ${code})` : ''}; dừng luôn phần còn lại.`,
};

/**
 * Decap's interface strings merged over its own Vietnamese locale (`decap-cms-locales`): those it
 * lacks (it falls back to English for them) and a few reworded for cooperative staff.
 * `tests/unit/cms-locale.test.ts` fails when Decap's English has a string neither locale has.
 */
export const adminLocale = {
  auth: { loginWithAzure: 'Đăng nhập bằng Azure', loginWithForgejo: 'Đăng nhập bằng Forgejo' },
  collection: {
    sidebar: { collections: 'Danh mục', allCollections: 'Tất cả danh mục' },
    collectionTop: {
      viewAs: 'Xem dạng',
      viewAsList: 'Xem dạng danh sách',
      viewAsGrid: 'Xem dạng lưới',
      groupBy: 'Nhóm theo',
      newButton: '+ Thêm %{collectionLabel}',
      newButtonAriaLabel: 'Thêm %{collectionLabel}',
    },
    entries: { unpublishedHeader: 'Chưa đăng', cachingEntries: 'Đang tải...' },
    groups: { other: 'Khác', negateLabel: 'Không phải %{label}' },
  },
  editor: {
    editorControl: { field: { widgetLabel: 'Trường %{widgetLabel}' } },
    editorControlPane: {
      widget: {
        // The form's pattern messages say what to write; the field's name comes first.
        regexPattern: '%{fieldLabel}: %{pattern}.',
        required: 'Chưa điền %{fieldLabel}.',
      },
      i18n: {
        writingInLocale: 'Đang viết bằng %{locale}',
        copyFromLocale: 'Điền từ ngôn ngữ khác',
        copyFromLocaleConfirm: 'Điền nội dung từ %{locale}?\nMọi nội dung hiện có sẽ bị ghi đè.',
      },
    },
    editorInterface: {
      toggleI18n: 'Bật/tắt đa ngôn ngữ',
      togglePreview: 'Bật/tắt xem trước',
      toggleScrollSync: 'Cuộn cùng lúc',
      toggleNotes: 'Bật/tắt ghi chú',
    },
    editorNotesPane: {
      title: 'Ghi chú',
      emptyState: 'Chưa có ghi chú. Thêm ghi chú đầu tiên ở dưới.',
      addNote: 'Thêm ghi chú',
      addPlaceholder: 'Thêm ghi chú...',
      editPlaceholder: 'Sửa ghi chú...',
      save: 'Lưu',
      cancel: 'Huỷ',
      edit: 'Sửa',
      delete: 'Xoá',
      resolve: 'Đã xong',
      unresolve: 'Mở lại',
      confirmDelete: 'Xoá ghi chú này?',
      shortcut: 'Mẹo: bấm Ctrl+Enter để thêm nhanh',
    },
    editorToolbar: {
      status: 'Trạng thái: %{status}',
      backCollection: ' Đang sửa trong %{collectionLabel}',
      statusInfoTooltipDraft: 'Đây là bản nháp. Khi viết xong, chọn trạng thái “Đang xét duyệt” để gửi cán bộ phụ trách trang duyệt.',
      statusInfoTooltipInReview: 'Cán bộ phụ trách trang đang duyệt. Bạn vẫn có thể sửa tiếp trong lúc chờ.',
    },
    editorWidgets: {
      markdown: {
        bold: 'Chữ đậm',
        italic: 'Chữ nghiêng',
        strikethrough: 'Gạch ngang',
        code: 'Mã',
        link: 'Đường dẫn',
        linkPrompt: 'Nhập đường dẫn',
        headings: 'Tiêu đề',
        quote: 'Trích dẫn',
        bulletedList: 'Danh sách gạch đầu dòng',
        numberedList: 'Danh sách đánh số',
        addComponent: 'Thêm thành phần',
        richText: 'Soạn thảo',
        markdown: 'Markdown',
        toggleMode: { rich: 'Chuyển sang soạn thảo', markdown: 'Chuyển sang Markdown' },
      },
      image: {
        choose: 'Chọn ảnh',
        chooseDifferent: 'Chọn ảnh khác',
        remove: 'Bỏ ảnh',
        chooseMultiple: 'Chọn ảnh',
        chooseUrl: 'Chèn từ đường dẫn',
        replaceUrl: 'Thay bằng đường dẫn',
        promptUrl: 'Nhập đường dẫn ảnh',
        addMore: 'Thêm ảnh',
        removeAll: 'Bỏ tất cả ảnh',
      },
      file: {
        chooseUrl: 'Chèn từ đường dẫn',
        chooseMultiple: 'Chọn tệp',
        replaceUrl: 'Thay bằng đường dẫn',
        promptUrl: 'Nhập đường dẫn tệp',
        addMore: 'Thêm tệp',
        removeAll: 'Bỏ tất cả tệp',
      },
      datetime: { setToNow: 'Điền %{fieldLabel} là hôm nay', now: 'Hôm nay' },
      list: { add: 'Thêm %{item}', addType: 'Thêm %{item}' },
      object: { expand: 'Mở ra', collapse: 'Thu gọn' },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: { copy: 'Chép', copyUrl: 'Chép đường dẫn', copyPath: 'Chép đường dẫn tệp', copyName: 'Chép tên', copied: 'Đã chép' },
    mediaLibraryModal: {
      close: 'Đóng',
      images: 'Ảnh',
      upload: 'Tải ảnh lên',
      chooseSelected: 'Chọn ảnh này',
      deleteSelected: 'Xoá ảnh đã chọn',
    },
  },
  ui: {
    settingsDropdown: { account: 'Tài khoản' },
    toast: {
      entrySaved: 'Đã lưu',
      missingRequiredField: 'Còn thông tin bắt buộc chưa điền (xem chữ đỏ). Hãy điền rồi lưu lại.',
      noteAdded: 'Đã thêm ghi chú',
      onFailToAddNote: 'Không thêm được ghi chú: %{details}',
      noteUpdated: 'Đã sửa ghi chú',
      onFailToUpdateNote: 'Không sửa được ghi chú: %{details}',
      noteDeleted: 'Đã xoá ghi chú',
      onFailToDeleteNote: 'Không xoá được ghi chú: %{details}',
      noteResolved: 'Ghi chú đã xong',
      noteReopened: 'Đã mở lại ghi chú',
      onFailToToggleNote: 'Không đổi được trạng thái ghi chú: %{details}',
    },
  },
};
