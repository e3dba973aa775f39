// GOV.UK file upload in the page's language (Shared/FileUpload.razor): the page's "Choose file" and status sit over the
// real file input, which stays the control one clicks, tabs to and hears; the status says the chosen file's name or the
// page's "No file chosen". Marked enhanced only here, so without this script the browser's own control shows.
function show(upload) {
  const input = upload.querySelector('input[type=file]');
  const status = upload.querySelector('.file-upload__status');
  const names = Array.from(input.files ?? [], (file) => file.name);
  status.textContent = names.length ? names.join(', ') : upload.dataset.noFile;
}

function wire() {
  for (const upload of document.querySelectorAll('[data-file-upload]')) {
    upload.classList.add('file-upload--enhanced');
    // A page restored from the back-forward cache or re-rendered keeps what the input holds.
    show(upload);
  }
}

document.addEventListener('change', (event) => {
  const upload = event.target instanceof Element && event.target.closest('[data-file-upload]');
  if (upload) show(upload);
});
wire();
// Blazor's enhanced navigation swaps the page without reloading scripts.
window.Blazor?.addEventListener?.('enhancedload', wire);
document.addEventListener('DOMContentLoaded', wire);
