/* sitegen search: loads search/index.json the first time it is needed, then searches it in the
   browser; search/text.json (every article's words) follows, and the results are drawn again with the
   articles whose text holds the words. Only the search page loads this file; every other page works without JavaScript.
   Results are built with textContent, never innerHTML: index text is the articles' own text. */
(function () {
  "use strict";
  var results = document.getElementById("search-results");
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  if (!results || !input || !status) return;
  var base = results.getAttribute("data-base") || "/";
  var indexUrl = results.getAttribute("data-index");
  // Opened from disk (relative_urls: true), no server turns "articles/x/" into its index.html, and the browser
  // lets a page load a script but not fetch() a file: the index comes as search/index.js, links name index.html.
  var fromDisk = window.location.protocol === "file:";
  var indexScript = fromDisk ? results.getAttribute("data-index-script") : null;
  var textUrl = results.getAttribute("data-text");
  var textScript = fromDisk ? results.getAttribute("data-text-script") : null;
  var loading = null, textLoading = null;
  var SHOWN = 30;

  function fetchData(url, scriptUrl, name) {
    if (!scriptUrl) {
      return fetch(url).then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      });
    }
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = scriptUrl;
      script.onload = function () { window[name] ? resolve(window[name]) : reject(new Error("empty " + name)); };
      script.onerror = function () { reject(new Error("no " + scriptUrl)); };
      document.head.appendChild(script);
    });
  }
  function fetchIndex() { return fetchData(indexUrl, indexScript, "sitegenSearchIndex"); }

  // The articles' words (search/text.json: path -> [words, [word number, paragraph, ...]]), attached to their
  // rows as r.x (the words) and r.xp (from which word on each paragraph's first-met words come). Without it (an
  // older theme's page, a failed fetch) search goes on over titles and summaries.
  function loadText(data) {
    if (!textUrl || (fromDisk && !textScript)) return null;
    if (!textLoading) {
      textLoading = fetchData(textUrl, textScript, "sitegenSearchText").then(function (text) {
        var byPath = text.articles || {};
        data.articles.forEach(function (r) {
          var t = byPath[r[1]];
          if (t) { r.x = t[0]; r.xp = t[1]; }
        });
        return data;
      });
      textLoading.catch(function () { textLoading = null; });  // (asked for again next time)
    }
    return textLoading;
  }

  // The paragraph (its anchor's number) of the article's word at offset `at` of its words.
  function paragraphAt(row, at) {
    var k = 0, n = 0;
    for (var i = row.x.indexOf(" "); i >= 0 && i < at; i = row.x.indexOf(" ", i + 1)) k++;
    for (var j = 0; j < row.xp.length; j += 2) { if (row.xp[j] <= k) n = row.xp[j + 1]; else break; }
    return n;
  }

  function norm(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function load() {
    if (!loading) {
      loading = fetchIndex().then(function (data) {
        // Rows (see sitegen/sitefiles.py): articles [title, path, date, publisher, summary, topics];
        // people [name, path, role, aliases]; quotes [text, speaker, article row, paragraph, person row].
        data.articles.forEach(function (r) { r.t = norm(r[0]); r.h = norm(r.join(" ")); });
        data.people.forEach(function (r) { r.t = norm(r[0] + " " + r[3]); r.h = norm(r.join(" ")); });
        data.quotes.forEach(function (r) {
          var article = data.articles[r[2]] || ["", ""], person = data.people[r[4]];
          r.article = article; r.person = person;
          r.speaker = r[1] || (person ? person[0] : "");
          r.t = norm(r.speaker);
          r.h = norm(r[0] + " " + r.speaker + " " + article[0]);
        });
        return data;
      });
      loading.catch(function () { loading = null; });
    }
    return loading;
  }

  function terms(query) {
    return norm(query).split(/[^\p{L}\p{N}]+/u).filter(function (t) { return t.length > 0; });
  }

  // Every term must occur; a term in the title, or at the start of a word, ranks higher; one only in an
  // article's text (r.x) counts least, and the row remembers the paragraph where the text first has it.
  function score(row, words) {
    var total = 0;
    row.inText = 0;
    for (var i = 0; i < words.length; i++) {
      var at = row.h.indexOf(words[i]);
      if (at < 0 && row.x) {
        // (A word of the text that opens with the term first: "war" is the word, not the end of "toward".)
        var inText = (" " + row.x).indexOf(" " + words[i]);
        if (inText < 0) inText = row.x.indexOf(words[i]); else total += 0.25;
        if (inText < 0) return 0;
        total += 0.5;
        if (!row.inText) row.inText = paragraphAt(row, inText);
        continue;
      }
      if (at < 0) return 0;
      total += 1;
      if (row.t.indexOf(words[i]) >= 0) total += 3;
      if (at === 0 || /[^\p{L}\p{N}]/u.test(row.h.charAt(at - 1))) total += 1;
    }
    return total;
  }

  function find(rows, words) {
    var hits = [];
    for (var i = 0; i < rows.length; i++) {
      var s = score(rows[i], words);
      if (s > 0) hits.push([s, i]);
    }
    hits.sort(function (a, b) { return b[0] - a[0] || a[1] - b[1]; });
    return hits.map(function (h) { return rows[h[1]]; });
  }

  function escapeRe(text) { return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

  function marked(text, words) {
    var span = document.createElement("span");
    var usable = words.filter(function (w) { return /^[\x00-\x7f]+$/.test(w); });
    if (!usable.length) { span.textContent = text; return span; }
    var re = new RegExp("(" + usable.map(escapeRe).join("|") + ")", "gi");
    String(text).split(re).forEach(function (part, i) {
      if (i % 2) { var m = document.createElement("mark"); m.textContent = part; span.appendChild(m); }
      else if (part) span.appendChild(document.createTextNode(part));
    });
    return span;
  }

  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  function humanDate(iso) {
    var m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso || "");
    if (!m) return iso || "";
    return (m[3] ? Number(m[3]) + " " : "") + MONTHS[Number(m[2]) - 1] + " " + m[1];
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function link(path, text, words) {
    var a = el("a");
    a.href = base + (fromDisk ? path.replace(/\/(?=$|[?#])/, "/index.html") : path);
    a.appendChild(marked(text, words));
    return a;
  }

  function section(title, hits, draw) {
    if (!hits.length) return null;
    var box = el("section", "search-group");
    box.appendChild(el("h2", null, title + " (" + hits.length + ")"));
    var list = el("ol", "search-list");
    hits.slice(0, SHOWN).forEach(function (row) { list.appendChild(draw(row)); });
    box.appendChild(list);
    if (hits.length > SHOWN) box.appendChild(el("p", "small", (hits.length - SHOWN) + " more: add a word to narrow the search."));
    return box;
  }

  function show(query, data) {
    var words = terms(query);
    results.textContent = "";
    if (!words.length) { status.textContent = ""; return; }
    var groups = [
      section("Articles", find(data.articles, words), function (r) {
        var li = el("li");
        li.appendChild(link(r[1], r[0], words));
        var meta = [r[3], humanDate(r[2]), r[5]].filter(Boolean).join(" · ");
        if (meta) li.appendChild(el("p", "byline", meta));
        if (r[4]) { var p = el("p", "snippet"); p.appendChild(marked(r[4], words)); li.appendChild(p); }
        if (r.inText) {
          var where = el("p", "small", "In the text: ");
          where.appendChild(link(r[1] + "#p-" + r.inText, "paragraph " + r.inText, []));
          li.appendChild(where);
        }
        return li;
      }),
      section("Quotes", find(data.quotes, words), function (r) {
        var li = el("li");
        var q = el("blockquote"); var p = el("p");
        p.appendChild(document.createTextNode("“")); p.appendChild(marked(r[0], words));
        p.appendChild(document.createTextNode("”")); q.appendChild(p);
        li.appendChild(q);
        var src = el("p", "source", "— ");
        if (r.speaker) {
          if (r.person && r.person[1]) src.appendChild(link(r.person[1], r.speaker, words));
          else src.appendChild(marked(r.speaker, words));
          src.appendChild(document.createTextNode(", in "));
        }
        src.appendChild(link(r.article[1] + "#p-" + r[3], r.article[0] || "the article", words));
        li.appendChild(src);
        return li;
      }),
      section("People", find(data.people, words), function (r) {
        var li = el("li");
        if (r[1]) li.appendChild(link(r[1], r[0], words)); else li.appendChild(marked(r[0], words));
        if (r[2]) li.appendChild(el("span", "byline", " · " + r[2]));
        return li;
      })
    ].filter(Boolean);
    var count = groups.reduce(function (n, g) { return n + Number(/\((\d+)\)$/.exec(g.firstChild.textContent)[1]); }, 0);
    status.textContent = count ? count + " result" + (count === 1 ? "" : "s") + " for “" + query.trim() + "”."
                               : "Nothing found for “" + query.trim() + "”. Try fewer or shorter words.";
    groups.forEach(function (g) { results.appendChild(g); });
  }

  var timer = null;
  function run(pushUrl) {
    var query = input.value;
    load().then(function (data) {
      show(query, data);
      var text = loadText(data);
      if (text) {
        // Drawn again with the articles' words once they are here, if the query is still the one shown.
        text.then(function () { if (input.value === query) show(query, data); }, function () {});
      }
      if (pushUrl && window.history.replaceState) {
        var url = new URL(window.location.href);
        if (query.trim()) url.searchParams.set("q", query); else url.searchParams.delete("q");
        window.history.replaceState(null, "", url);
      }
    }, function () {
      status.textContent = "The search index could not be loaded. Browse the list of all articles instead.";
    });
  }

  input.addEventListener("focus", function () { load().then(loadText).catch(function () {}); }, { once: true });
  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { run(true); }, 120);
  });
  input.form.addEventListener("submit", function (event) { event.preventDefault(); run(true); });
  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) { input.value = initial; run(false); }
})();
