// The site search: the box in the header and the index the build writes in search/ (format: docs/search.md).
// The index is plain scripts that call the global scholarlySearch, so it loads from file:// too, where a page may
// not fetch; nothing is loaded until the box is first used. Without JavaScript the box stays hidden.
(function () {
  "use strict";

  // Index words: the rules of the build's SearchWords (tested against each other). Accents and case dropped,
  // letters with no decomposition spelt out, split at anything but a letter or digit, a kana or CJK character a
  // word of its own, one-letter words and the commonest English words left out.
  // Tables without a prototype, so a word such as "constructor" is only ever a word.
  function table() {
    return Object.create(null);
  }

  var stopWords = table();
  ("an and are as at be by for from has in is it its of on or that the this to was we were which with").split(" ").forEach(function (w) { stopWords[w] = true; });
  var spelt = { "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h", "ς": "σ" };
  var letterOrDigit = /[\p{L}\p{Nd}]/u;

  function fold(text) {
    return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[øæœßłđðþıħς]/g, function (c) { return spelt[c]; });
  }

  function ideographic(c) {
    var code = c.charCodeAt(0);
    return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
  }

  function words(text) {
    var folded = fold(text), found = [], word = "";
    function flush() {
      if (word.length >= 2 && !stopWords[word]) {
        found.push(word);
      }
      word = "";
    }
    for (var i = 0; i < folded.length; i++) {
      var c = folded[i];
      if (!letterOrDigit.test(c)) {
        flush();
      } else if (ideographic(c)) {
        flush();
        found.push(c);
      } else {
        word += c;
      }
    }
    flush();
    return found;
  }

  // The file of words a word is in: by its first letter or digit, and its second too in a large site's index
  // (manifest.letters 2; any digit second is "0").
  function shardOf(word, letters) {
    var c = word[0], first = (c >= "a" && c <= "z") || (c >= "0" && c <= "9") ? c : "_";
    if (first === "_" || letters === 1 || word.length < 2) {
      return first;
    }
    c = word[1];
    return first + (c >= "a" && c <= "z" ? c : c >= "0" && c <= "9" ? "0" : "_");
  }

  // A word's postings: per document, the gap from the previous one times 32 plus the field bits, in 5-bit digits.
  var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  var digitOf = table();
  for (var d = 0; d < alphabet.length; d++) {
    digitOf[alphabet[d]] = d;
  }

  function decode(code) {
    var documents = [], fields = [], previous = -1, value = 0, scale = 1;
    for (var i = 0; i < code.length; i++) {
      var digit = digitOf[code[i]];
      value += (digit & 31) * scale;
      if (digit >= 32) {
        scale *= 32;
        continue;
      }
      previous += Math.floor(value / 32);
      documents.push(previous);
      fields.push(value % 32);
      value = 0;
      scale = 1;
    }
    return { documents: documents, fields: fields };
  }

  // A word in a title or a name counts for more than one in an abstract.
  var fieldWeights = [[1, 3], [2, 3], [4, 2], [8, 1.5], [16, 1]];
  function weightOf(fields) {
    var best = 0;
    for (var i = 0; i < fieldWeights.length; i++) {
      if ((fields & fieldWeights[i][0]) && fieldWeights[i][1] > best) {
        best = fieldWeights[i][1];
      }
    }
    return best;
  }

  // True when a and b differ by one letter changed, added, dropped or two letters swapped.
  function oneEditApart(a, b) {
    if (Math.abs(a.length - b.length) > 1 || a === b) {
      return false;
    }
    var i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) {
      i++;
    }
    if (a.length === b.length) {
      return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  // What has been loaded of the index whose manifest is store.manifest: files by name ("terms-a", "docs-3").
  var format = 1;
  var store = { manifest: null, files: table(), sorted: table(), postings: table(), stale: false };

  function accept(version) {
    if (store.manifest && version !== store.manifest.version) {
      store.stale = true;
      return false;
    }
    return true;
  }

  var api = {
    index: function (manifest) {
      // An index of another format (a newer build, a cached old script) is not read at all.
      store.manifest = manifest.format === format ? manifest : null;
    },
    docs: function (version, block, documents) {
      if (accept(version)) {
        store.files["docs-" + block] = documents;
      }
    },
    terms: function (version, shard, postings) {
      if (accept(version)) {
        store.files["terms-" + shard] = postings;
        store.sorted["terms-" + shard] = Object.keys(postings).sort();
      }
    },
    fold: fold,
    words: words,
    shardOf: shardOf,
    decode: decode
  };
  window.scholarlySearch = api;

  // Every document number that holds a word matching term, with its score; each word that matched goes in matched.
  function scoresOf(term, matched) {
    var file = "terms-" + shardOf(term, store.manifest.letters), postings = store.files[file], sorted = store.sorted[file] || [];
    var scores = table(), total = store.manifest.documents;
    function add(word, closeness) {
      var list = store.postings[word] || (store.postings[word] = decode(postings[word]));
      var rarity = Math.log(1 + total / list.documents.length);
      matched[word] = true;
      for (var i = 0; i < list.documents.length; i++) {
        var score = closeness * rarity * weightOf(list.fields[i]);
        var document = list.documents[i];
        if (!(scores[document] >= score)) {
          scores[document] = score;
        }
      }
    }
    // The words that start with the term are a run of the sorted list.
    var low = 0, high = sorted.length;
    while (low < high) {
      var middle = (low + high) >> 1;
      if (sorted[middle] < term) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    for (var i = low; i < sorted.length && sorted[i].lastIndexOf(term, 0) === 0; i++) {
      add(sorted[i], sorted[i] === term ? 1 : 0.5 + 0.3 * term.length / sorted[i].length);
    }
    // A typo in a longer word still finds it, ranked below what the word itself finds.
    if (term.length >= 5) {
      for (var j = 0; j < sorted.length; j++) {
        if (oneEditApart(sorted[j], term)) {
          add(sorted[j], 0.3);
        }
      }
    }
    return scores;
  }

  // The best documents for the query, as numbers, with the count of all that match every word of it.
  function rank(terms, limit) {
    var matched = table(), total = null;
    for (var t = 0; t < terms.length; t++) {
      var scores = scoresOf(terms[t], matched);
      if (total === null) {
        total = scores;
      } else {
        var both = table();
        for (var key in scores) {
          if (key in total) {
            both[key] = total[key] + scores[key];
          }
        }
        total = both;
      }
    }
    var documents = Object.keys(total || {}).map(Number);
    documents.sort(function (a, b) { return total[b] - total[a] || a - b; });
    return { count: documents.length, best: documents.slice(0, limit), matched: matched };
  }

  // One request per file, however many queries ask for it while it loads.
  var loading = table();

  function load(url) {
    if (loading[url]) {
      return loading[url];
    }
    var loaded = new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = url;
      script.onload = function () { script.remove(); resolve(); };
      script.onerror = function () { script.remove(); reject(new Error("could not load " + url)); };
      document.head.appendChild(script);
    });
    loading[url] = loaded;
    // A file that failed is asked for again next time.
    loaded.catch(function () {
      if (loading[url] === loaded) {
        delete loading[url];
      }
    });
    return loaded;
  }

  var root = "", manifestLoading = null;

  function readable() {
    if (!store.manifest) {
      throw new Error("the search index is not one this script reads");
    }
  }

  function loadManifest() {
    if (store.manifest) {
      return Promise.resolve();
    }
    if (!manifestLoading) {
      // A failed load is tried again by the next query, not remembered.
      manifestLoading = load(root + "search/index.js").then(readable, function (error) {
        manifestLoading = null;
        throw error;
      });
    }
    return manifestLoading;
  }

  // The manifest again, past any cache; true when it is another build's, whose files then replace what was loaded.
  function reloadManifest(version) {
    store.stale = false;
    return load(root + "search/index.js?r=" + Date.now()).then(function () {
      readable();
      if (store.manifest.version === version) {
        return false;
      }
      store.files = table();
      store.sorted = table();
      store.postings = table();
      loading = table();
      return true;
    });
  }

  // Loads the files named that are not here yet; true when the site was deployed since the index was loaded (a
  // file of another build came, or one was not there) and the index was loaded again, so the caller starts over.
  function need(names) {
    var version = store.manifest.version;
    var missing = names.filter(function (name) { return !(name in store.files); });
    return Promise.all(missing.map(function (name) {
      return load(root + "search/" + name + ".js?v=" + version).then(function () { return true; }, function () { return false; });
    })).then(function (loaded) {
      var failed = loaded.indexOf(false) >= 0;
      if (!failed && !store.stale) {
        return false;
      }
      return reloadManifest(version).then(function (changed) {
        if (!changed && failed) {
          throw new Error("could not load the search index");
        }
        return changed;
      });
    });
  }

  var limit = 10;

  // The results of a query: its best documents (url, title, byline, meta), the count of all, and the words that matched.
  function search(query, again) {
    var terms = words(query).filter(function (term, i, all) { return all.indexOf(term) === i; });
    if (terms.length === 0) {
      return Promise.resolve({ terms: terms, count: 0, results: [], matched: table() });
    }
    function overIfReloaded(reloaded, then) {
      if (!reloaded) {
        return then();
      }
      return again ? Promise.reject(new Error("the search index changed while it loaded")) : search(query, true);
    }
    return loadManifest().then(function () {
      return need(terms.map(function (term) { return "terms-" + shardOf(term, store.manifest.letters); }));
    }).then(function (reloaded) {
      return overIfReloaded(reloaded, function () {
        var ranked = rank(terms, limit);
        var size = store.manifest.block;
        return need(ranked.best.map(function (document) { return "docs-" + Math.floor(document / size); })).then(function (reloaded) {
          return overIfReloaded(reloaded, function () {
            return {
              terms: terms,
              count: ranked.count,
              matched: ranked.matched,
              results: ranked.best.map(function (document) {
                var entry = store.files["docs-" + Math.floor(document / size)][document % size];
                return { url: entry[0], title: entry[1], byline: entry[2], meta: entry[3] };
              })
            };
          });
        });
      });
    });
  }
  api.search = search;

  var box = document.querySelector("[data-search-root]");
  if (!box) {
    return;
  }
  root = box.getAttribute("data-search-root");
  if (root === "./") {
    root = "";
  }
  var input = box.querySelector("input");
  var panel = box.querySelector(".search-panel");
  var status = box.querySelector(".search-status");
  var list = box.querySelector("[role=listbox]");
  // opening: the query Enter was pressed on before its results came; they open as soon as they do.
  var active = -1, asked = 0, shown = null, opening = null;
  box.hidden = false;

  // From disk a folder does not open its index.html, so links name it.
  function hrefOf(url) {
    if (location.protocol === "file:") {
      url = url.replace(/^([^#]*\/)?(#|$)/, function (all, folder, rest) { return (folder || "") + "index.html" + rest; });
    }
    return root + url;
  }

  // The text with each word that matched the query in <mark>, built as nodes (no markup from the index is parsed).
  function marked(text, matched) {
    var fragment = document.createDocumentFragment(), last = 0, run = /[\p{L}\p{N}\p{M}]+/gu, found;
    while ((found = run.exec(text))) {
      if (words(found[0]).some(function (word) { return matched[word]; })) {
        fragment.appendChild(document.createTextNode(text.slice(last, found.index)));
        var mark = document.createElement("mark");
        mark.textContent = found[0];
        fragment.appendChild(mark);
        last = found.index + found[0].length;
      }
    }
    fragment.appendChild(document.createTextNode(text.slice(last)));
    return fragment;
  }

  function part(tag, className, content) {
    var element = document.createElement(tag);
    element.className = className;
    element.appendChild(content);
    return element;
  }

  // The results open under the box from its left edge, or from its right edge where the screen has no room for them.
  function place() {
    panel.classList.remove("search-panel-end");
    if (box.getBoundingClientRect().left + panel.offsetWidth > document.documentElement.clientWidth - 8) {
      panel.classList.add("search-panel-end");
    }
  }

  function open(isOpen) {
    panel.hidden = !isOpen;
    if (isOpen) {
      place();
    }
    input.setAttribute("aria-expanded", isOpen && list.children.length > 0 ? "true" : "false");
    if (!isOpen) {
      select(-1);
    }
  }

  function select(index) {
    var options = list.children;
    if (active >= 0 && options[active]) {
      options[active].setAttribute("aria-selected", "false");
    }
    active = index;
    if (active >= 0 && options[active]) {
      options[active].setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", options[active].id);
      options[active].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function show(query, found) {
    if (opening === query && found.results.length > 0 && input.value === query) {
      opening = null;
      location.href = hrefOf(found.results[0].url);
      return;
    }
    opening = null;
    shown = query;
    list.textContent = "";
    active = -1;
    input.removeAttribute("aria-activedescendant");
    found.results.forEach(function (result, i) {
      var option = document.createElement("a");
      option.id = "search-result-" + i;
      option.href = hrefOf(result.url);
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.tabIndex = -1;
      option.appendChild(part("span", "search-title", marked(result.title, found.matched)));
      if (result.byline) {
        option.appendChild(part("span", "search-byline", marked(result.byline, found.matched)));
      }
      option.appendChild(part("span", "search-meta", document.createTextNode(result.meta)));
      option.addEventListener("mousemove", function () { if (active !== i) { select(i); } });
      list.appendChild(option);
    });
    list.hidden = found.results.length === 0;
    var quoted = "\u201c" + query.trim() + "\u201d";
    status.textContent = found.terms.length === 0 ? "Type a word of a title, an abstract or a name."
      : found.count === 0 ? "No results for " + quoted + "."
      : found.count > found.results.length ? "The first " + found.results.length + " of " + found.count + " results for " + quoted + "."
      : (found.count === 1 ? "1 result" : found.count + " results") + " for " + quoted + ".";
    // Results that come after the reader has left the box wait until they come back.
    open(box.contains(document.activeElement));
  }

  function run() {
    var query = input.value, ask = ++asked;
    opening = null;
    if (query.trim() === "") {
      list.textContent = "";
      status.textContent = "";
      shown = null;
      open(false);
      return;
    }
    if (!store.manifest) {
      status.textContent = "Loading the search index\u2026";
      open(true);
    }
    search(query).then(function (found) {
      if (ask === asked) {
        show(query, found);
      }
    }, function () {
      if (ask === asked) {
        opening = null;
        list.textContent = "";
        list.hidden = true;
        shown = null;
        select(-1);
        status.textContent = "The search index could not be loaded.";
        open(true);
      }
    });
  }

  input.addEventListener("focus", function () {
    loadManifest().catch(function () {});
    if (input.value.trim() !== "" && shown === input.value) {
      open(true);
    }
  });
  input.addEventListener("input", run);
  input.addEventListener("keydown", function (event) {
    // Keys that pick a character in an input method (Chinese, Japanese) are the method's.
    if (event.isComposing || event.keyCode === 229) {
      return;
    }
    var count = list.children.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (panel.hidden && input.value.trim() !== "") {
        open(true);
      }
      if (count > 0) {
        event.preventDefault();
        var step = event.key === "ArrowDown" ? 1 : -1;
        select(active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count);
      }
    } else if (event.key === "Enter" && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey) {
      // Only the results of what is in the box: not those of the query before, while this one loads.
      var chosen = shown === input.value ? list.children[active >= 0 ? active : 0] : null;
      if (chosen && !panel.hidden) {
        event.preventDefault();
        location.href = chosen.href;
      } else if (shown !== input.value && input.value.trim() !== "") {
        // Typed and Enter pressed before the results came (a slow connection, a first search): they open when they do.
        event.preventDefault();
        opening = input.value;
      }
    } else if (event.key === "Escape") {
      opening = null;
      if (!panel.hidden) {
        event.preventDefault();
        open(false);
      } else if (input.value !== "") {
        event.preventDefault();
        input.value = "";
        run();
      } else {
        input.blur();
      }
    }
  });

  // "/" anywhere but in a field goes to the search box, as on most sites with one.
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var typing = target.isContentEditable || /^(input|textarea|select)$/i.test(target.tagName);
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
  document.addEventListener("click", function (event) {
    if (!box.contains(event.target)) {
      open(false);
    }
  });
  box.addEventListener("focusout", function (event) {
    if (event.relatedTarget && !box.contains(event.relatedTarget)) {
      open(false);
    }
  });
})();
