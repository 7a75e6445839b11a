// In-page probes for test/node/a11y-gates.test.mjs. `installProbes` is handed to
// `page.addInitScript`, so Playwright sends its source text to the page: it must not use
// anything from this module's scope. It defines `window.__a11y` with the checks that read
// layout inside the widgets' (open) shadow roots: reflow, target size, focus indicator,
// forced-colour cues, and a log of live-region changes.

export function installProbes() {
  const HOSTS = 'taal-programme-finder, taal-goal-picker, taal-volunteer-form';
  /** What a pointer or keyboard user can operate. `tabindex="-1"` alone is a script focus target. */
  const INTERACTIVE =
    'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';

  const hosts = () => [...document.querySelectorAll(HOSTS)];

  /** Every open shadow root inside (and including) `root`. */
  function shadowRootsIn(root) {
    const found = [];
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) found.push(el.shadowRoot, ...shadowRootsIn(el.shadowRoot));
    }
    return found;
  }
  const widgetRoots = () =>
    hosts()
      .filter((host) => host.shadowRoot)
      .flatMap((host) => [host.shadowRoot, ...shadowRootsIn(host.shadowRoot)]);

  /** A short, readable name for a report: host › tag#id.class[part] "text" */
  function describe(el) {
    if (el.nodeType === Node.TEXT_NODE)
      return `text "${el.textContent.trim().slice(0, 40)}" in ${describe(el.parentElement)}`;
    const host = el.getRootNode().host;
    let name = el.localName;
    if (el.id) name += `#${el.id}`;
    const classes = [...el.classList].slice(0, 3);
    if (classes.length) name += `.${classes.join('.')}`;
    if (el.getAttribute('part')) name += `[part="${el.getAttribute('part')}"]`;
    if (el.getAttribute('type') && el.localName === 'input') name += `[type="${el.type}"]`;
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) name += ` "${text.slice(0, 40)}"`;
    return host ? `${host.localName} › ${name}` : name;
  }

  function isVisible(el) {
    if (!el.isConnected) return false;
    if (
      !el.checkVisibility({
        checkVisibilityCSS: true,
        visibilityProperty: true,
        checkOpacity: false,
        contentVisibilityAuto: true,
      })
    )
      return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 || r.height > 0;
  }

  /** Inside an element that hides its content from sight on purpose (.visually-hidden). */
  function insideVisuallyHidden(el) {
    for (let node = el; node; node = node.parentElement ?? node.getRootNode().host) {
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const s = getComputedStyle(node);
      const r = node.getBoundingClientRect();
      if (s.clipPath.startsWith('inset(50%') || (s.position === 'absolute' && r.width <= 1 && r.height <= 1))
        return true;
      if (hosts().includes(node)) return false;
    }
    return false;
  }

  // ---------------------------------------------------------------------------
  // Reflow (WCAG 1.4.10)

  /**
   * Whether the page scrolls sideways, and every box or line of text inside a widget that
   * sticks out past the inline edges of the viewport, or is cut off by a box that scrolls
   * or clips sideways.
   */
  function reflow() {
    const root = document.documentElement;
    const width = root.clientWidth;
    const offenders = [];
    const seen = new Set();
    const report = (node, what) => {
      const key = describe(node) + what;
      if (seen.has(key) || offenders.length > 15) return;
      seen.add(key);
      offenders.push(`${describe(node)}: ${what}`);
    };
    for (const shadow of widgetRoots()) {
      for (const el of shadow.querySelectorAll('*')) {
        if (!isVisible(el) || insideVisuallyHidden(el)) continue;
        const r = el.getBoundingClientRect();
        if (r.left < -1 || r.right > width + 1)
          report(el, `box from ${Math.round(r.left)} to ${Math.round(r.right)} px, viewport ${width} px`);
        const s = getComputedStyle(el);
        const sideways = ['auto', 'scroll', 'hidden', 'clip'].includes(s.overflowX);
        const field = ['input', 'select', 'textarea'].includes(el.localName);
        if (sideways && !field && el.scrollWidth > el.clientWidth + 1)
          report(
            el,
            `content ${el.scrollWidth} px wide in a ${el.clientWidth} px box (overflow-x: ${s.overflowX})`,
          );
      }
      const walker = document.createTreeWalker(shadow, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent.trim() || !node.parentElement || !isVisible(node.parentElement)) continue;
        if (insideVisuallyHidden(node.parentElement)) continue;
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) {
          if (r.width && (r.left < -1 || r.right > width + 1))
            report(
              node,
              `line from ${Math.round(r.left)} to ${Math.round(r.right)} px, viewport ${width} px`,
            );
        }
      }
    }
    return {
      scrollWidth: root.scrollWidth,
      clientWidth: width,
      innerWidth: window.innerWidth,
      offenders,
    };
  }

  // ---------------------------------------------------------------------------
  // Target size (WCAG 2.5.8)

  const MIN = 24;

  /**
   * The part of `el`'s box that is not cut off by an ancestor that scrolls or clips (such
   * as the volunteer form's scrolling list of languages), or null when nothing shows.
   */
  function clippedRect(el) {
    const r = el.getBoundingClientRect();
    let { left, top, right, bottom } = r;
    for (
      let node = el.parentElement ?? el.getRootNode().host;
      node;
      node = node.parentElement ?? node.getRootNode().host
    ) {
      const s = getComputedStyle(node);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      const c = node.getBoundingClientRect();
      if (s.overflowX !== 'visible') {
        left = Math.max(left, c.left);
        right = Math.min(right, c.right);
      }
      if (s.overflowY !== 'visible') {
        top = Math.max(top, c.top);
        bottom = Math.min(bottom, c.bottom);
      }
    }
    if (right - left <= 0 || bottom - top <= 0) return null;
    return { left, top, right, bottom, width: right - left, height: bottom - top };
  }

  /** The operable targets in the widgets, with the boxes that make up each one. */
  function targets() {
    const list = [];
    for (const shadow of widgetRoots()) {
      for (const el of shadow.querySelectorAll(INTERACTIVE)) {
        if (!isVisible(el) || el.closest('[inert]')) continue;
        // A checkbox or radio button is operated through its label too; a control hidden
        // from sight (a honeypot, a visually hidden checkbox) only through its label.
        const labels = el.labels
          ? [...el.labels].filter((l) => isVisible(l) && !insideVisuallyHidden(l))
          : [];
        const own = insideVisuallyHidden(el) ? [] : [el];
        const boxes = [...own, ...labels].map(clippedRect).filter(Boolean);
        if (!boxes.length) continue;
        list.push({ el, boxes });
      }
    }
    return list;
  }

  /** A link inside a sentence: its size is set by the line of text (the "inline" exception). */
  function inlineInText(el) {
    if (el.localName !== 'a' || getComputedStyle(el).display !== 'inline') return false;
    let block = el.parentElement;
    while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    if (!block) return false;
    const all = block.textContent.replace(/\s+/g, ' ').trim();
    const own = el.textContent.replace(/\s+/g, ' ').trim();
    return all.length > own.length;
  }

  const distanceToRect = (x, y, r) =>
    Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));

  /**
   * Targets smaller than 24 x 24 CSS px that are not exempt: not inline in text, and a
   * 24 px circle on their centre overlaps another target or another small target's circle
   * (the spacing exception of 2.5.8).
   */
  function targetSize() {
    const all = targets().map((t) => {
      const big = t.boxes.some((r) => r.width >= MIN - 0.5 && r.height >= MIN - 0.5);
      const r = t.boxes[0];
      return { ...t, big, cx: r.left + r.width / 2, cy: r.top + r.height / 2 };
    });
    const offenders = [];
    for (const t of all) {
      if (t.big || inlineInText(t.el)) continue;
      const crowdedBy = all.find(
        (other) =>
          other !== t &&
          !other.el.contains(t.el) &&
          !t.el.contains(other.el) &&
          (other.boxes.some((r) => distanceToRect(t.cx, t.cy, r) < MIN / 2) ||
            (!other.big && Math.hypot(other.cx - t.cx, other.cy - t.cy) < MIN)),
      );
      if (crowdedBy) {
        const r = t.boxes[0];
        offenders.push(
          `${describe(t.el)}: ${r.width.toFixed(1)} x ${r.height.toFixed(1)} px, too close to ${describe(crowdedBy.el)}`,
        );
      }
    }
    return { count: all.length, offenders };
  }

  // ---------------------------------------------------------------------------
  // Focus

  /** The focused element, through every shadow root. */
  function deepActive() {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el;
  }

  /**
   * Where a focus indicator may be drawn: the element, its pseudo-elements, its labels, and
   * up to four ancestors (a card outlined with `:has(:focus-visible)`, a field with
   * `:focus-within`).
   */
  function indicatorCandidates(el) {
    const list = [
      ['element', el, null],
      ['::before', el, '::before'],
      ['::after', el, '::after'],
    ];
    for (const label of el.labels ?? []) list.push(['label', label, null]);
    let ancestor = el.parentElement;
    for (let i = 1; ancestor && i <= 4; i++, ancestor = ancestor.parentElement)
      list.push([`ancestor ${i}`, ancestor, null]);
    return list;
  }

  function indicatorStyle(el) {
    return indicatorCandidates(el).map(([where, node, pseudo]) => {
      const s = getComputedStyle(node, pseudo);
      return {
        where,
        outline: s.outlineStyle === 'none' ? 'none' : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
        outlineWidth: parseFloat(s.outlineWidth) || 0,
        boxShadow: s.boxShadow,
        content: pseudo ? s.content : 'normal',
      };
    });
  }

  const walk = [];
  const walking = { on: false, until: null, stops: 0, ended: false };

  const inWidget = (el) => {
    const host = el.getRootNode().host;
    return Boolean(host && hosts().some((h) => h === host || h.shadowRoot.contains(el)));
  };

  /**
   * Records each element that Tab moves focus to while a walk is on, and how it looks. On
   * the key's keyup: the browser scrolls a newly focused element into view after the focus
   * events, but before the keyup reaches it.
   */
  let lastFocused = null;
  function onTabUp(event) {
    if (!walking.on || event.key !== 'Tab') return;
    const el = deepActive();
    if (!el || el === document.body || el === document.documentElement) {
      if (walking.stops) {
        walking.on = false;
        walking.ended = true;
      }
      return;
    }
    if (el === lastFocused) return;
    lastFocused = el;
    if (walking.until && el.matches(walking.until)) {
      walking.on = false;
      walking.ended = true;
      return;
    }
    const inside = inWidget(el);
    if (inside) walking.stops++;
    else if (walking.stops) {
      walking.on = false;
      walking.ended = true;
      return;
    }
    walk.push({ el, focused: indicatorStyle(el), inWidget: inside, obscured: obscured(el) });
  }
  document.addEventListener('keyup', onTabUp, true);

  /** Starts recording focus stops; the walk ends when focus leaves the widget or reaches `until`. */
  function startWalk(until = null) {
    lastFocused = null;
    walk.length = 0;
    Object.assign(walking, { on: true, until, stops: 0, ended: false });
  }
  const walkState = () => ({ ended: walking.ended, stops: walking.stops });

  /** Whether the focused element is out of sight or wholly covered (WCAG 2.4.11). */
  function obscured(el) {
    const r = el.getBoundingClientRect();
    const labels = [...(el.labels ?? [])];
    const boxes = [r, ...labels.map((l) => l.getBoundingClientRect())];
    for (const box of boxes) {
      const left = Math.max(box.left, 0);
      const right = Math.min(box.right, innerWidth);
      const top = Math.max(box.top, 0);
      const bottom = Math.min(box.bottom, innerHeight);
      if (right - left < 1 || bottom - top < 1) continue;
      for (const fx of [0.1, 0.5, 0.9]) {
        for (const fy of [0.1, 0.5, 0.9]) {
          const x = left + (right - left) * fx;
          const y = top + (bottom - top) * fy;
          let hit = document.elementFromPoint(x, y);
          while (hit?.shadowRoot) {
            const inner = hit.shadowRoot.elementFromPoint(x, y);
            if (!inner || inner === hit) break;
            hit = inner;
          }
          if (
            hit &&
            (hit === el || el.contains(hit) || hit.contains(el) || labels.some((l) => l.contains(hit)))
          )
            return null;
        }
      }
    }
    const visibleArea = boxes.some(
      (b) =>
        Math.min(b.right, innerWidth) > Math.max(b.left, 0) &&
        Math.min(b.bottom, innerHeight) > Math.max(b.top, 0),
    );
    return visibleArea
      ? 'covered by another element'
      : `outside the viewport (${Math.round(r.top)}, ${Math.round(r.left)})`;
  }

  /**
   * After the walk, with focus elsewhere: which recorded elements show no indicator, or one
   * that does not differ from their unfocused look.
   */
  function focusFindings() {
    const active = deepActive();
    active?.blur?.();
    const findings = [];
    for (const entry of walk) {
      if (!entry.inWidget) continue;
      const name = describe(entry.el);
      if (entry.obscured) findings.push(`${name}: focused but ${entry.obscured}`);
      if (!entry.el.isConnected) continue;
      const before = indicatorStyle(entry.el);
      const shown = entry.focused.some((f, i) => {
        const b = before[i];
        if (f.where.startsWith('::') && f.content === 'none') return false;
        const outline = f.outline !== 'none' && f.outlineWidth >= 2 && f.outline !== b.outline;
        const shadow = f.boxShadow !== 'none' && f.boxShadow !== b.boxShadow;
        return outline || shadow;
      });
      if (!shown) {
        const f = entry.focused[0];
        findings.push(
          `${name}: no visible focus indicator (outline ${f.outline}, box-shadow ${f.boxShadow})`,
        );
      }
    }
    walk.length = 0;
    return findings;
  }

  /** In forced colours, box-shadow is dropped: only an outline (or a border change) stays. */
  function forcedFocusFindings() {
    const findings = [];
    for (const entry of walk) {
      if (!entry.inWidget) continue;
      const shown = entry.focused.some(
        (f) =>
          !(f.where.startsWith('::') && f.content === 'none') && f.outline !== 'none' && f.outlineWidth >= 1,
      );
      if (!shown)
        findings.push(`${describe(entry.el)}: no outline in forced colours (${entry.focused[0].outline})`);
    }
    walk.length = 0;
    return findings;
  }

  // ---------------------------------------------------------------------------
  // Forced colours: what survives when the system replaces every colour

  const hasBorder = (s) =>
    ['Top', 'Right', 'Bottom', 'Left'].some(
      (side) => s[`border${side}Style`] !== 'none' && parseFloat(s[`border${side}Width`]) >= 1,
    );

  function forcedColours() {
    const findings = [];
    const examined = { buttons: 0, choices: 0, icons: 0 };
    for (const shadow of widgetRoots()) {
      // Buttons look like buttons: a border (a button styled as a link keeps its underline).
      for (const button of shadow.querySelectorAll('button, [role="button"], select')) {
        if (!isVisible(button) || insideVisuallyHidden(button)) continue;
        examined.buttons++;
        const s = getComputedStyle(button);
        const underlined = s.textDecorationLine.includes('underline');
        // A button stretched over a card by an absolutely placed ::after: the card is its box.
        const after = getComputedStyle(button, '::after');
        let box = button;
        if (after.content !== 'none' && after.position === 'absolute') {
          for (box = button.parentElement; box && getComputedStyle(box).position === 'static';)
            box = box.parentElement;
        }
        if (!hasBorder(s) && !underlined && !(box && box !== button && hasBorder(getComputedStyle(box))))
          findings.push(`${describe(button)}: no border in forced colours`);
      }
      // A chosen option shows by more than a background colour.
      for (const input of shadow.querySelectorAll('input[type="checkbox"], input[type="radio"]')) {
        if (!isVisible(input.labels?.[0] ?? input)) continue;
        if (input.checked) examined.choices++;
        const s = getComputedStyle(input);
        const r = input.getBoundingClientRect();
        const native =
          s.appearance !== 'none' &&
          r.width >= 10 &&
          r.height >= 10 &&
          parseFloat(s.opacity) > 0.5 &&
          !insideVisuallyHidden(input);
        if (native) continue;
        // Drawn by the author: the checked look must differ in more than colours.
        const look = (el) => {
          const c = getComputedStyle(el);
          const a = getComputedStyle(el, '::before');
          const b = getComputedStyle(el, '::after');
          return [
            c.outlineStyle,
            c.borderStyle,
            c.borderWidth,
            a.content,
            a.borderWidth,
            a.display,
            b.content,
            b.borderWidth,
            b.display,
          ].join('|');
        };
        const label = input.labels?.[0];
        const was = input.checked;
        const lookNow = label ? look(label) : look(input);
        input.checked = !was;
        const lookOther = label ? look(label) : look(input);
        input.checked = was;
        if (lookNow === lookOther)
          findings.push(`${describe(input)}: checked and unchecked look the same without colours`);
      }
      // Icons follow the text colour: every painted fill and stroke is currentColor.
      for (const shape of shadow.querySelectorAll('svg *')) {
        if (!(shape instanceof SVGGeometryElement || shape instanceof SVGTextContentElement)) continue;
        if (!isVisible(shape.ownerSVGElement)) continue;
        // A QR code is no icon: it keeps black on white (forced-color-adjust: none) so phones can read it.
        const svgEl = shape.ownerSVGElement;
        if (svgEl.getAttribute('part') === 'qr' && getComputedStyle(svgEl).forcedColorAdjust === 'none')
          continue;
        examined.icons++;
        const c = getComputedStyle(shape);
        for (const property of ['fill', 'stroke']) {
          const value = c[property];
          if (value !== 'none' && value !== c.color)
            findings.push(
              `${describe(shape.ownerSVGElement)}: ${shape.localName} ${property} ${value} is not currentColor (${c.color})`,
            );
        }
      }
    }
    return { findings, examined };
  }

  // ---------------------------------------------------------------------------
  // Live regions

  /**
   * Starts logging, in every widget, each live region that is added (with the text it had
   * when it came) and each change of a live region's text; `log()` returns the entries.
   */
  const liveLog = [];
  const observers = [];
  const LIVE = '[role="status"], [role="alert"], [aria-live]:not([aria-live="off"])';
  const liveRegionOf = (node) => {
    const el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    return el?.closest(LIVE) ?? null;
  };
  const liveNodes = [];
  const listeningLive = new WeakSet();
  function watchLive() {
    liveLog.length = 0;
    liveNodes.length = 0;
    for (const o of observers.splice(0)) o.disconnect();
    for (const shadow of widgetRoots()) {
      const known = new Set(shadow.querySelectorAll(LIVE));
      const observer = new MutationObserver((records) => {
        const addedNow = new Set();
        for (const record of records) {
          for (const added of record.addedNodes) {
            if (added.nodeType !== Node.ELEMENT_NODE) continue;
            const regions = [...(added.matches(LIVE) ? [added] : []), ...added.querySelectorAll(LIVE)];
            for (const region of regions) {
              if (known.has(region)) continue;
              known.add(region);
              addedNow.add(region);
              liveNodes.push(region);
              const active = deepActive();
              liveLog.push({
                focused: region === active || region.contains(active),
                kind: 'added',
                role: region.getAttribute('role') ?? `aria-live=${region.getAttribute('aria-live')}`,
                text: region.textContent.replace(/\s+/g, ' ').trim(),
                name: describe(region),
                time: performance.now(),
              });
            }
          }
          const region = liveRegionOf(record.target);
          if (
            region &&
            known.has(region) &&
            (record.type === 'characterData' || record.type === 'childList')
          ) {
            if (!addedNow.has(region)) {
              liveNodes.push(region);
              liveLog.push({
                kind: 'changed',
                role: region.getAttribute('role') ?? `aria-live=${region.getAttribute('aria-live')}`,
                text: region.textContent.replace(/\s+/g, ' ').trim(),
                name: describe(region),
                time: performance.now(),
              });
            }
          }
        }
      });
      observer.observe(shadow, { childList: true, subtree: true, characterData: true });
      // A region that gets focus is read out as it is focused.
      if (!listeningLive.has(shadow)) {
        listeningLive.add(shadow);
        shadow.addEventListener('focusin', () => {
          const el = deepActive();
          liveLog.forEach((entry, i) => {
            if (liveNodes[i] === el || liveNodes[i]?.contains(el)) entry.focused = true;
          });
        });
      }
      observers.push(observer);
    }
  }
  const liveEntries = () => liveLog.map((e) => ({ ...e }));

  function focusedInfo() {
    const el = deepActive();
    if (!el) return null;
    return {
      name: describe(el),
      id: el.id,
      role: el.getAttribute('role'),
      text: el.textContent.replace(/\s+/g, ' ').trim(),
      ariaLabelledbyText: (el.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => el.getRootNode().getElementById(id)?.textContent.trim() ?? '')
        .join(' '),
    };
  }

  window.__a11y = {
    reflow,
    targetSize,
    startWalk,
    walkState,
    focusFindings,
    forcedFocusFindings,
    forcedColours,
    watchLive,
    liveEntries,
    focusedInfo,
    deepActive,
    describe,
  };
}
