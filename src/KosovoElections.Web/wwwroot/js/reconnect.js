// "Resume" on a page the server paused: the CSP forbids inline handlers, so the button is wired here. A resume that the
// server refuses (its saved state is gone) loads the page afresh, which shows what the applicant saved.
document.addEventListener('click', async (event) => {
  if (!(event.target instanceof Element) || !event.target.closest('[data-reconnect-resume]')) {
    return;
  }
  try {
    if (!(await window.Blazor.resumeCircuit())) {
      location.reload();
    }
  } catch {
    location.reload();
  }
});
