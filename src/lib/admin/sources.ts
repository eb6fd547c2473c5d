/**
 * The open-data files the derived data is made from (see data/README.md), as far as it reads them.
 */

/** A ward in `units-34-provinces.json` (thanglequoc/vietnamese-provinces-database). */
export interface SourceWard {
  /** Five-digit GSO code. */
  Code: string;
  /** Name without prefix. */
  Name: string;
  /** Name with prefix: `Xã Minh Tân`. */
  FullName: string;
  /** Two-digit code of its province. */
  ProvinceCode: string;
}

/** A province in `units-34-provinces.json`. */
export interface SourceProvince {
  /** Two-digit GSO code. */
  Code: string;
  /** Name without prefix. */
  Name: string;
  /** `Tỉnh …` or `Thành phố …`. */
  FullName: string;
  /** Its wards. */
  Wards: SourceWard[];
}

/** A new unit a former one became (part of), in `old-to-new.json` (dvhcvn/20250701 splits.json). */
export interface SourceSplit {
  /** Code of the new unit. */
  new_id: string;
  /** Its full name. */
  name: string;
}

/** A former province and its former communes in `old-to-new.json`. */
export interface SourceOldProvince {
  /** Two-digit code before 2025. */
  level1_id: string;
  /** Full name before 2025: `Tỉnh Bến Tre`. */
  name: string;
  /** The province it is part of now (one for every former province). */
  splits: SourceSplit[];
  /** Former communes, wards and towns. */
  level3s: Array<{ level3_id: string; name: string; splits: SourceSplit[] }>;
  /** Island districts that had no communes (Côn Đảo, Lý Sơn…), which became special zones. */
  level2s?: Array<{ level2_id: string; name: string; splits: SourceSplit[] }>;
}

/** A new province and what was merged into each of its wards, in `new-from-old.json` (merges.json). */
export interface SourceNewProvince {
  /** Two-digit code. */
  level1_id: string;
  /** Full name on 1 July 2025: `Tỉnh Vĩnh Long`. */
  name: string;
  /** Its wards and their former units, `full` or `partial`. */
  level2s: Array<{ level2_id: string; name: string; merges: Array<{ old_id: string; name: string; type: string }> }>;
}

/** The three files, parsed. */
export interface AdminSources {
  /** `units-34-provinces.json`. */
  units: SourceProvince[];
  /** `old-to-new.json`. */
  oldToNew: { data: SourceOldProvince[] };
  /** `new-from-old.json`, used to cross-check the other two. */
  newFromOld: { data: SourceNewProvince[] };
}
