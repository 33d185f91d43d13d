// Organizations pages: copy buttons, icon previews, confirmations. The pages work without it.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("button.copy[data-copy]").forEach((button) => {
    button.addEventListener("click", async () => {
      const source = document.getElementById(button.dataset.copy);
      const label = button.textContent;
      try {
        await navigator.clipboard.writeText(source.textContent.trim());
        button.textContent = "Copied";
      } catch (e) {
        // clipboard needs a secure context: select the text so the person can copy it
        const range = document.createRange();
        range.selectNodeContents(source);
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        button.textContent = "Selected";
      }
      setTimeout(() => { button.textContent = label; }, 1500);
    });
  });

  document.querySelectorAll("form.icon-upload").forEach((form) => {
    const input = form.querySelector("input[type=file]");
    const preview = form.querySelector("img.preview");
    let url = null;
    input.addEventListener("change", () => {
      if (url) URL.revokeObjectURL(url);
      const file = input.files[0];
      if (!file) { preview.hidden = true; return; }
      url = URL.createObjectURL(file);
      preview.src = url;
      preview.hidden = false;
    });
  });

  document.querySelectorAll("form[data-confirm]").forEach((form) => {
    form.addEventListener("submit", (event) => {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  });
});
