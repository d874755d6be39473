"use client";

import { useEffect } from "react";

/** Tells the host page how tall the embed is, in Bamboo's and AMP's message formats. */
export function HeightReporter() {
  useEffect(() => {
    if (window.parent === window) return;
    const report = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      window.parent.postMessage({ "bamboo-height": height }, "*");
      window.parent.postMessage({ sentinel: "amp", type: "embed-size", height }, "*");
    };
    const observer = new ResizeObserver(report);
    observer.observe(document.documentElement);
    report();
    return () => observer.disconnect();
  }, []);
  return null;
}
