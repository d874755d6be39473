"use client";

import { useId, useState } from "react";
import type { ExplorerRow } from "@/lib/views/explorer";
import type { Lang } from "@/lib/schema/view-state";
import { translator, tierName } from "@/lib/i18n/messages";

const MAX_OPTIONS = 8;

/**
 * Search as an ARIA 1.2 combobox: typing filters the view (q), the list offers the matches; arrows move,
 * Enter picks the highlighted match (or the only one), which focuses that partner on the graph.
 */
export function SearchBox({
  value,
  hits,
  lang,
  onChange,
  onPick,
}: {
  value: string;
  /** The partners the query matches, in the view. */
  hits: readonly ExplorerRow[];
  lang: Lang;
  onChange: (q: string) => void;
  onPick: (key: string) => void;
}) {
  const t = translator(lang);
  const id = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const options = value.trim() ? hits.slice(0, MAX_OPTIONS) : [];
  const expanded = open && options.length > 0;
  const pick = (row: ExplorerRow | undefined) => {
    if (!row) return;
    setOpen(false);
    setActive(-1);
    onPick(row.key);
  };
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (options.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (i + step + options.length) % options.length);
    } else if (event.key === "Enter") {
      const row = expanded && active >= 0 ? options[active] : hits.length === 1 ? hits[0] : undefined;
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
  const name = (row: ExplorerRow) => (lang === "vi" ? row.labelVi : row.label);
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
        {options.map((row, i) => (
          <li
            key={row.key}
            id={`${id}-option-${i}`}
            role="option"
            aria-selected={i === active}
            data-key={row.key}
            // mousedown, not click: the input must not blur (and close the list) before the pick lands.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(row);
            }}
          >
            {name(row)} <span className="muted">— {tierName(lang, row.tier)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
