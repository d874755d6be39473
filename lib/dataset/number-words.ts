/**
 * Whether a text states a number: as digits ("185", "190th", "195个"), as an English or Vietnamese
 * number word ("three", "twenty-five", "sáu", "hai mươi lăm") or as an ordinal ("the seventh",
 * "thứ bảy"). Used to tie each official count to the words of its quotes.
 */

const EN_ONES = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const EN_ORDINAL_EXCEPTIONS: Record<string, string> = {
  one: "first",
  two: "second",
  three: "third",
  five: "fifth",
  eight: "eighth",
  nine: "ninth",
  twelve: "twelfth",
};

/** English words for 0..999, as a list of words ("one", "hundred", "eighty", "five"). */
function englishWords(n: number): string[] {
  if (n < 20) return [EN_ONES[n]!];
  if (n < 100) {
    const rest = n % 10;
    return rest === 0 ? [EN_TENS[Math.floor(n / 10)]!] : [EN_TENS[Math.floor(n / 10)]!, EN_ONES[rest]!];
  }
  const rest = n % 100;
  const hundreds = [EN_ONES[Math.floor(n / 100)]!, "hundred"];
  return rest === 0 ? hundreds : [...hundreds, ...englishWords(rest)];
}

function englishOrdinal(words: string[]): string[] {
  const last = words[words.length - 1]!;
  const ordinal =
    EN_ORDINAL_EXCEPTIONS[last] ?? (last.endsWith("y") ? `${last.slice(0, -1)}ieth` : `${last}th`);
  return [...words.slice(0, -1), ordinal];
}

const VI_UNITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

/** Vietnamese spellings of 0..999; a number often has more than one ("hai mươi tư" / "hai mươi bốn"). */
function vietnameseWords(n: number): string[][] {
  if (n < 10) return [[VI_UNITS[n]!]];
  if (n < 20) {
    const rest = n % 10;
    if (rest === 0) return [["mười"]];
    return rest === 5 ? [["mười", "lăm"]] : [["mười", VI_UNITS[rest]!]];
  }
  if (n < 100) {
    const tens = [VI_UNITS[Math.floor(n / 10)]!, "mươi"];
    const rest = n % 10;
    const endings: Record<number, string[]> = { 0: [], 1: ["mốt"], 4: ["tư", "bốn"], 5: ["lăm", "nhăm"] };
    const ends = endings[rest] ?? [VI_UNITS[rest]!];
    return ends.length === 0 ? [tens] : ends.map((end) => [...tens, end]);
  }
  const hundreds = [VI_UNITS[Math.floor(n / 100)]!, "trăm"];
  const rest = n % 100;
  if (rest === 0) return [hundreds];
  if (rest < 10) return ["linh", "lẻ"].map((joiner) => [...hundreds, joiner, VI_UNITS[rest]!]);
  return vietnameseWords(rest).map((words) => [...hundreds, ...words]);
}

function vietnameseOrdinals(n: number): string[][] {
  if (n === 1) return [["thứ", "nhất"]];
  if (n === 4) return [["thứ", "tư"]];
  return vietnameseWords(n).map((words) => ["thứ", ...words]);
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const SPACE = "[\\s\\u2010-\\u2015-]+";
/** Words of one number may be joined by spaces or hyphens, and English hundreds by "and". */
const JOIN = `${SPACE}(?:and\\s+)?`;
const phrase = (words: string[]) => words.map(escape).join(JOIN);

/** The text folded for matching: one Unicode form, lower case. */
const fold = (text: string) => text.normalize("NFC").toLowerCase();

function wordPatterns(n: number): string[] {
  const english = englishWords(n);
  const phrases = [english, englishOrdinal(english), ...vietnameseOrdinals(n)];
  // Bare "năm" (five) is the Vietnamese word for "year" too ("năm 2023"), so it cannot count as five.
  for (const words of vietnameseWords(n)) if (words.join(" ") !== "năm") phrases.push(words);
  return phrases.map((words) => phrase(words.map(fold)));
}

/** Words that begin or continue a number: a match next to one is only a part of a larger number. */
const NUMBER_WORD = `(?:${[
  ...EN_ONES,
  ...EN_TENS.filter(Boolean),
  "hundred",
  ...VI_UNITS,
  ...["mười", "mươi", "trăm", "linh", "lẻ", "mốt", "tư", "lăm", "nhăm"],
]
  .map(escape)
  .join("|")})`;
const NOT_IN_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
const NOT_IN_WORD_AFTER = "(?![\\p{L}\\p{N}])";

/** True when `text` states `n` in digits, or (for 0..999) in words or as an ordinal. */
export function statesNumber(text: string, n: number): boolean {
  const folded = fold(text);
  // Digits not part of a longer number ("2,185" or "1850" do not state 185); a suffix like "th" is fine.
  const digits = new RegExp(`(?<![\\d.,])(?<!\\d[.,])${n}(?![.,]?\\d)`, "u");
  if (digits.test(folded)) return true;
  if (!Number.isInteger(n) || n < 0 || n > 999) return false;
  const words = new RegExp(
    `${NOT_IN_WORD_BEFORE}(?<!${NOT_IN_WORD_BEFORE}${NUMBER_WORD}${JOIN})` +
      `(?:${wordPatterns(n).join("|")})` +
      `${NOT_IN_WORD_AFTER}(?!${SPACE}${NUMBER_WORD}${NOT_IN_WORD_AFTER})`,
    "u",
  );
  return words.test(folded);
}
