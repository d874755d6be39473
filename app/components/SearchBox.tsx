"use client";

import { useId, useState } from "react";
import type { ExplorerRow } from "@/lib/views/explorer";
import type { Lang } from "@/lib/schema/view-state";
import { translator, tierName } from "@/lib/i18n/messages";
import { rankBySearch, searchFindsHome } from "@/lib/views/search";

const MAX_OPTIONS = 8;
/** The option that names Vietnam itself: the graph's centre, not a partner. */
const HOME = "VN";

interface Option {
  key: string;
  name: string;
  detail: string;
}

/**
 * Search as an ARIA 1.2 combobox: typing filters the view (q), the list offers the matches; arrows move,
 * Enter picks the highlighted match (or the only one), which focuses that partner on the graph.
 */
export function SearchBox({
  value,
  hits,
  people = [],
  lang,
  onChange,
  onPick,
  onPickHome,
}: {
  value: string;
  /** The partners the query matches, in the view. */
  hits: readonly ExplorerRow[];
  /** The leaders drawn (leaders shown): found by name, picked like a partner. */
  people?: readonly { key: string; label: string }[];
  lang: Lang;
  onChange: (q: string) => void;
  onPick: (key: string) => void;
  /** Vietnam was picked: show the centre of the graph. */
  onPickHome: () => void;
}) {
  const t = translator(lang);
  const id = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // Names that start with the query first; a partner found only by its partnership's name last.
  const ranked = value.trim()
    ? rankBySearch(
        value,
        hits,
        (r) => [r.label, r.labelVi],
        (r) => [r.officialName],
      )
    : [];
  const options: Option[] = [
    ...(searchFindsHome(value) ? [{ key: HOME, name: t("vietnam"), detail: t("searchHome") }] : []),
    ...ranked.map((r) => ({
      key: r.key,
      name: lang === "vi" ? r.labelVi : r.label,
      detail: tierName(lang, r.tier),
    })),
    ...(value.trim() ? rankBySearch(value, people, (l) => [l.label]) : []).map((l) => ({
      key: l.key,
      name: l.label,
      detail: t("leader"),
    })),
  ].slice(0, MAX_OPTIONS);
  const expanded = open && options.length > 0;
  const pick = (option: Option | undefined) => {
    if (!option) return;
    setOpen(false);
    setActive(-1);
    if (option.key === HOME) onPickHome();
    else onPick(option.key);
  };
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (options.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (i + step + options.length) % options.length);
    } else if (event.key === "Enter") {
      const row = expanded && active >= 0 ? options[active] : options.length === 1 ? options[0] : undefined;
      if (row) {
        event.preventDefault();
        pick(row);
      }
    } else if (event.key === "Escape" && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };
  return (
    <div className="combobox">
      <label htmlFor={`${id}-input`} className="control-label">
        {t("search")}
      </label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
        autoComplete="off"
        value={value}
        maxLength={100}
        data-testid="search"
        onChange={(e) => {
          onChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={t("searchResultsLabel")} hidden={!expanded}>
        {options.map((option, i) => (
          <li
            key={option.key}
            id={`${id}-option-${i}`}
            role="option"
            aria-selected={i === active}
            data-key={option.key}
            // mousedown, not click: the input must not blur (and close the list) before the pick lands.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(option);
            }}
          >
            {option.name} <span className="muted">— {option.detail}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
