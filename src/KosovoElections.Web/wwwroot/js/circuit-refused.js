// The circuit guard (Hosting/CircuitGuard.cs) refuses a circuit past its limits with 429 and a sentence in the
// reader's language. blazor.web.js only logs the failed negotiate and leaves the page without interactivity, so the
// sentence is put in the reconnect banner instead. A classic script before blazor.web.js: fetch is wrapped before the
// first negotiate.
(() => {
  const pageFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await pageFetch(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (response.status === 429 && new URL(url, location.href).pathname.startsWith('/_blazor/negotiate')) {
      const text = await response.clone().text();
      const banner = document.getElementById('components-reconnect-modal');
      const line = banner?.querySelector('[data-circuit-refused]');
      if (banner && line) {
        line.textContent = text;
        banner.classList.add('circuit-refused');
      }
    }
    return response;
  };
})();
