import type { Lang } from "@/lib/schema/view-state";

/** The one message catalogue. `vi` must have every key of `en`: the type and a unit test enforce it. */
const en = {
  appName: "Bamboo",
  tagline: "Vietnam's diplomatic partnership network",
  explorer: "Explorer",
  compare: "Compare",
  data: "Data",
  asOf: "As of",
  play: "Play through history",
  pause: "Pause",
  tiers: "Partnership tiers",
  search: "Search countries (English or Vietnamese)",
  layout: "Layout",
  layoutRings: "Tier rings",
  layoutGeo: "Geographic",
  layoutForce: "Force",
  showLeaders: "Show leaders",
  legend: "Legend",
  vietnam: "Vietnam",
  leader: "Leader",
  table: "Table of countries",
  country: "Country",
  tier: "Tier",
  tierSince: "Tier since",
  relationsSince: "Relations since",
  region: "Region",
  noFramework: "No partnership framework",
  details: "Details",
  close: "Close",
  ladder: "Tier ladder",
  diplomaticRelations: "Diplomatic relations established",
  leadersInvolved: "Leaders involved",
  events: "Events",
  citations: "Sources",
  disagreements: "Where sources disagree",
  used: "Used",
  officialName: "Official name",
  openCountryPage: "Open the country page",
  notFound: "Not found",
  graphLabel: "Graph of Vietnam's partners; use the table below for the same data",
  canvasHelp: "Arrow keys move between countries, Enter opens details.",
  results: "countries shown",
  sortBy: "Sort by",
  precisionMonth: "month known",
  precisionYear: "year known",
  countriesInView: "partners as of",
  language: "Tiếng Việt",
  skipToTable: "Skip to the table",
  noMatch: "No country matches this search and filter.",
  credit: "Bamboo — data with sources",
  role: "Role",
  share: "Share, embed and download",
  copyLink: "Copy link",
  copied: "Link copied",
  embedCode: "Embed code (iframe with automatic height)",
  images: "Images",
  size: "Size",
  dataDownloads: "Data",
  dataTitle: "The dataset",
  dataIntro:
    "Every fact in Bamboo cites a source with a short verbatim quote. Below: downloads, the licence, what the dataset covers, and every official statement of totals compared with the dataset on the statement's date.",
  downloads: "Downloads",
  fullDataset: "The whole dataset (JSON)",
  graphAsOfToday: "The graph as of today",
  licence: "Licence",
  licenceText:
    "Code: MIT. Data compilation: CC BY 4.0 — credit “Bamboo”. Quotes remain their publishers' and are cited as short excerpts with links.",
  coverage: "Coverage",
  coverageCountries: "Countries with dated relations",
  coverageOrganisations: "Partner organisations",
  coverageTierChanges: "Tier changes",
  coverageLeaders: "Leaders",
  coverageEvents: "Events",
  coverageSources: "Sources",
  coverageCitations: "Citations",
  coverageStatements: "Official statements of totals",
  coverageDisagreements: "Disagreements recorded",
  coverageDayPrecise: "Dated to the day (relations / tier changes)",
  reconciliation: "Official totals reconciled",
  reconciliationIntro:
    "Each statement is compared with the dataset on its date (a month or a year counts from its last day), counting the way the statement counts.",
  statementDate: "Statement",
  stated: "Stated",
  inDataset: "Dataset",
  result: "Result",
  matches: "matches",
  differs: "differs",
} as const;

type Messages = { [K in keyof typeof en]: string };

const vi: Messages = {
  appName: "Bamboo",
  tagline: "Mạng lưới quan hệ đối tác của Việt Nam",
  explorer: "Khám phá",
  compare: "So sánh",
  data: "Dữ liệu",
  asOf: "Tính đến",
  play: "Phát theo dòng thời gian",
  pause: "Tạm dừng",
  tiers: "Cấp độ đối tác",
  search: "Tìm quốc gia (tiếng Việt hoặc tiếng Anh)",
  layout: "Bố cục",
  layoutRings: "Vòng cấp độ",
  layoutGeo: "Địa lý",
  layoutForce: "Lực hút",
  showLeaders: "Hiện lãnh đạo",
  legend: "Chú giải",
  vietnam: "Việt Nam",
  leader: "Lãnh đạo",
  table: "Bảng các quốc gia",
  country: "Quốc gia",
  tier: "Cấp độ",
  tierSince: "Từ ngày",
  relationsSince: "Thiết lập quan hệ",
  region: "Khu vực",
  noFramework: "Chưa có khuôn khổ đối tác",
  details: "Chi tiết",
  close: "Đóng",
  ladder: "Các nấc quan hệ",
  diplomaticRelations: "Thiết lập quan hệ ngoại giao",
  leadersInvolved: "Lãnh đạo liên quan",
  events: "Sự kiện",
  citations: "Nguồn",
  disagreements: "Các nguồn chưa thống nhất",
  used: "Dùng",
  officialName: "Tên chính thức",
  openCountryPage: "Mở trang quốc gia",
  notFound: "Không tìm thấy",
  graphLabel: "Đồ thị các đối tác của Việt Nam; bảng bên dưới có cùng dữ liệu",
  canvasHelp: "Phím mũi tên để chuyển quốc gia, Enter để xem chi tiết.",
  results: "quốc gia được hiển thị",
  sortBy: "Sắp xếp theo",
  precisionMonth: "chỉ rõ tháng",
  precisionYear: "chỉ rõ năm",
  countriesInView: "đối tác tính đến",
  language: "English",
  skipToTable: "Chuyển đến bảng",
  noMatch: "Không có quốc gia nào khớp với tìm kiếm và bộ lọc.",
  credit: "Bamboo — dữ liệu có nguồn",
  role: "Chức vụ",
  share: "Chia sẻ, nhúng và tải xuống",
  copyLink: "Sao chép liên kết",
  copied: "Đã sao chép liên kết",
  embedCode: "Mã nhúng (iframe tự điều chỉnh chiều cao)",
  images: "Hình ảnh",
  size: "Kích thước",
  dataDownloads: "Dữ liệu",
  dataTitle: "Bộ dữ liệu",
  dataIntro:
    "Mọi dữ kiện trong Bamboo đều dẫn nguồn kèm trích dẫn nguyên văn ngắn. Dưới đây: tải xuống, giấy phép, phạm vi dữ liệu và đối chiếu mọi số liệu chính thức với bộ dữ liệu tại ngày công bố.",
  downloads: "Tải xuống",
  fullDataset: "Toàn bộ dữ liệu (JSON)",
  graphAsOfToday: "Đồ thị tính đến hôm nay",
  licence: "Giấy phép",
  licenceText:
    "Mã nguồn: MIT. Bộ dữ liệu: CC BY 4.0 — ghi nguồn “Bamboo”. Trích dẫn thuộc về cơ quan báo chí gốc, chỉ dùng đoạn ngắn kèm liên kết.",
  coverage: "Phạm vi dữ liệu",
  coverageCountries: "Quốc gia có ngày thiết lập quan hệ",
  coverageOrganisations: "Tổ chức đối tác",
  coverageTierChanges: "Lần thay đổi cấp độ",
  coverageLeaders: "Lãnh đạo",
  coverageEvents: "Sự kiện",
  coverageSources: "Nguồn",
  coverageCitations: "Trích dẫn",
  coverageStatements: "Số liệu chính thức",
  coverageDisagreements: "Điểm các nguồn chưa thống nhất",
  coverageDayPrecise: "Rõ đến ngày (quan hệ / thay đổi cấp độ)",
  reconciliation: "Đối chiếu số liệu chính thức",
  reconciliationIntro:
    "Mỗi số liệu được so với bộ dữ liệu tại ngày công bố (tháng hoặc năm tính từ ngày cuối), theo đúng cách đếm của số liệu đó.",
  statementDate: "Số liệu",
  stated: "Công bố",
  inDataset: "Bộ dữ liệu",
  result: "Kết quả",
  matches: "khớp",
  differs: "khác",
};

export const MESSAGES: Record<Lang, Messages> = { en, vi };
export type MessageKey = keyof typeof en;

export const TIER_NAMES: Record<Lang, Record<string, string>> = {
  en: {
    special: "Special relations",
    "comprehensive-strategic": "Comprehensive strategic partnership",
    strategic: "Strategic partnership",
    comprehensive: "Comprehensive partnership",
    none: "No partnership framework",
  },
  vi: {
    special: "Quan hệ đặc biệt",
    "comprehensive-strategic": "Đối tác Chiến lược Toàn diện",
    strategic: "Đối tác Chiến lược",
    comprehensive: "Đối tác Toàn diện",
    none: "Chưa có khuôn khổ đối tác",
  },
};

export function tierName(lang: Lang, tier: string | null): string {
  return TIER_NAMES[lang][tier ?? "none"] ?? tier ?? "";
}

/** Dates as precise as their source, in the reader's language. */
export function formatDate(partial: string | null, lang: Lang): string {
  if (!partial) return "—";
  const [y, m, d] = partial.split("-").map(Number) as [number, number | undefined, number | undefined];
  const locale = lang === "vi" ? "vi-VN" : "en-GB";
  if (d !== undefined && m !== undefined)
    return new Intl.DateTimeFormat(locale, {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    }).format(new Date(Date.UTC(y, m - 1, d)));
  if (m !== undefined)
    return new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
      new Date(Date.UTC(y, m - 1, 1)),
    );
  return String(y);
}

export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-GB").format(n);
}
