// The page's own script adds a placeholder after the widgets loaded, as a CMS's lazy block
// or a tab panel would: the Taalwijzer script upgrades it as well.
const region = document.getElementById('later-region');
setTimeout(() => {
  const placeholder = document.createElement('div');
  placeholder.className = 'cms-block';
  placeholder.id = 'later-finder';
  placeholder.dataset.taalWidget = 'programme-finder';
  placeholder.dataset.src = '../feeds/aanbod.json';
  region.append(placeholder);
}, 300);
