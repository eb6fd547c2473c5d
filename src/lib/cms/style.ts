/**
 * `/admin/admin.css`: corrections to Decap's interface for the people using it, on a 360 px phone
 * as on an office PC. Decap injects its styles at run time with class names that carry each
 * component's name (`css-…-EditorContainer`), which these select; `!important` because they load
 * first. The browser test at 360 px fails if a Decap update breaks them.
 */
export const adminStyle = `/* The shared media library would put files outside every cooperative's folder: each form has its own. */
header nav li > button { display: none !important; }

/*
 * The editor is at least 800 px wide in Decap, under a toolbar of fixed height. On a phone it fits
 * the screen: the toolbar wraps onto as many lines as it needs and the form scrolls below it.
 */
@media (max-width: 799px) {
  [class*="-EditorContainer"] { min-width: 0 !important; padding-top: 0 !important; display: flex !important; flex-direction: column; }
  [class*="-ToolbarContainer"] { position: relative !important; flex: none; min-width: 0 !important; height: auto !important; flex-wrap: wrap !important; }
  [class*="-ToolbarContainer"] > * { height: auto !important; min-height: 52px; }
  /* The site's address and the account menu are in the page header too. */
  [class*="-ToolbarSectionMeta"] { display: none !important; }
  [class*="-Editor "] { flex: 1 1 auto; min-height: 0; height: auto !important; }
  /* A date's "today" and "clear" buttons go under the date when they do not fit beside it. */
  div:has(> [class*="-Buttons"]) { flex-wrap: wrap; gap: 8px; }
}
`;
