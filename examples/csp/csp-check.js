// Collects every Content-Security-Policy violation on this page and shows the count, so a
// person opening the page sees at once whether the widgets keep to the policy. The tests read
// `window.taalCspViolations`.
const violations = [];
window.taalCspViolations = violations;
const status = document.getElementById('csp-status');

function show() {
  if (!status) return;
  status.dataset.state = violations.length ? 'violation' : 'ok';
  status.textContent = violations.length
    ? `${violations.length} CSP-schending(en): ${violations
        .map((v) => `${v.effectiveDirective} ${v.blockedURI || '(inline)'}`)
        .join('; ')}`
    : 'Geen CSP-schendingen gemeld.';
}

document.addEventListener('securitypolicyviolation', (event) => {
  violations.push({
    effectiveDirective: event.effectiveDirective,
    blockedURI: event.blockedURI,
    sourceFile: event.sourceFile,
    lineNumber: event.lineNumber,
    sample: event.sample,
  });
  show();
});
show();
