// The page of ess serve: choose a rule, fill the form generated from its facts' JSON Schema (or
// paste JSON), pick the date and the language, read the explained verdict. Plain JavaScript, no
// build step, nothing from outside the machine. Every text of the law comes from the service; the
// page's own words are below, the vocabulary of outcomes from the library (#vocabulary).
'use strict';

const WORDS = {
  fr: {
    tagline: "Le droit de l'économie sociale et solidaire, règle par règle, expliqué.",
    question: 'Question', rule: 'Règle', asOf: 'Date de la question', lang: 'Langue',
    tabForm: 'Formulaire', tabJson: 'JSON', evaluate: 'Évaluer', reset: 'Effacer les faits', footer: 'Service',
    jsonLabel: 'Les faits en JSON (collez un cas, puis revenez au formulaire ou évaluez)',
    add: 'Ajouter', remove: 'Retirer', item: 'Élément', yes: 'oui', no: 'non', none: '—', kind: 'Sorte',
    facts: 'Faits', required: 'obligatoire', dateHint: 'AAAA-MM-JJ',
    working: 'Évaluation…', notDated: "(cette règle ne dépend pas de la date : celle de ses faits compte)",
    verdict: 'Verdict', result: 'Résultat', confidence: 'Confiance', missing: 'Faits à fournir',
    missingHint: 'Donnez ces faits pour que la règle puisse conclure :', goTo: 'aller au champ',
    findings: 'Conditions examinées', notices: 'Avis', texts: 'Textes appliqués', extras: 'Autres éléments de la réponse',
    explanation: 'Explication complète (texte)', answerJson: 'Réponse JSON', problem: 'La question ne peut pas être jugée',
    violations: 'À corriger :', badJson: 'Le JSON collé est illisible : ', network: 'Le service ne répond pas : ',
    noForm: 'Cette partie se saisit en JSON (onglet JSON).', holds: 'respecté', fails: 'non respecté',
    document: '(document)'
  },
  en: {
    tagline: 'The law of the social and solidarity economy, rule by rule, explained.',
    question: 'Question', rule: 'Rule', asOf: 'Date asked about', lang: 'Language',
    tabForm: 'Form', tabJson: 'JSON', evaluate: 'Evaluate', reset: 'Clear the facts', footer: 'Service',
    jsonLabel: 'The facts as JSON (paste a case, then go back to the form or evaluate)',
    add: 'Add', remove: 'Remove', item: 'Item', yes: 'yes', no: 'no', none: '—', kind: 'Kind',
    facts: 'Facts', required: 'required', dateHint: 'YYYY-MM-DD',
    working: 'Evaluating…', notDated: '(this rule does not depend on the date: the dates of its facts count)',
    verdict: 'Verdict', result: 'Result', confidence: 'Confidence', missing: 'Facts to give',
    missingHint: 'Give these facts so that the rule can conclude:', goTo: 'go to the field',
    findings: 'Conditions examined', notices: 'Notices', texts: 'Texts applied', extras: 'Other parts of the answer',
    explanation: 'Whole explanation (text)', answerJson: 'JSON answer', problem: 'The question cannot be judged',
    violations: 'To correct:', badJson: 'The JSON pasted cannot be read: ', network: 'The service does not answer: ',
    noForm: 'This part is entered as JSON (JSON tab).', holds: 'met', fails: 'not met',
    document: '(document)'
  }
};

const VOCABULARY = JSON.parse(document.getElementById('vocabulary').textContent);
const state = { rules: [], rule: null, schema: null, model: {} };
const $ = (id) => document.getElementById(id);

function lang() { return $('lang').value === 'en' ? 'en' : 'fr'; }
function word(key) { return WORDS[lang()][key] || key; }

// ------------------------------------------------------------------ small DOM helpers

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function humanize(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
}

// ------------------------------------------------------------------ JSON pointers on the model

function tokens(pointer) {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function child(pointer, key) {
  return pointer + '/' + String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}
function getAt(pointer) {
  let node = state.model;
  for (const t of tokens(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = node[t];
  }
  return node;
}
function setAt(pointer, value) {
  const ts = tokens(pointer);
  let node = state.model;
  for (let i = 0; i < ts.length - 1; i++) {
    const next = ts[i + 1];
    if (node[ts[i]] === null || typeof node[ts[i]] !== 'object') node[ts[i]] = /^\d+$/.test(next) ? [] : {};
    node = node[ts[i]];
  }
  const last = ts[ts.length - 1];
  if (value === undefined) {
    if (Array.isArray(node)) node[last] = null; else delete node[last];
  } else {
    node[last] = value;
  }
}

// ------------------------------------------------------------------ the schema

function resolve(schema) {
  let s = schema || {};
  for (let i = 0; s.$ref && i < 20; i++) {
    const m = /^#\/\$defs\/(.+)$/.exec(s.$ref);
    s = m && state.schema.$defs ? state.schema.$defs[m[1]] || {} : {};
  }
  return s;
}

function types(s) {
  if (Array.isArray(s.type)) return s.type;
  return s.type ? [s.type] : [];
}

// What a schema asks for: {kind, schema, nullable, branches}
function shape(schema) {
  const s = resolve(schema);
  if (s.anyOf || s.oneOf) {
    const branches = (s.anyOf || s.oneOf).map(resolve);
    const values = branches.filter((b) => !(types(b).length === 1 && types(b)[0] === 'null'));
    const nullable = values.length < branches.length;
    if (values.length === 1) return Object.assign(shape(values[0]), { nullable });
    if (values.every((b) => b.properties && b.properties.type && b.properties.type.const !== undefined)) {
      return { kind: 'union', schema: s, branches: values, nullable };
    }
    return { kind: 'json', schema: s, nullable };
  }
  const ts = types(s).filter((t) => t !== 'null');
  const nullable = types(s).includes('null');
  if (s.const !== undefined) return { kind: 'const', schema: s, nullable };
  if (s.enum) return { kind: 'enum', schema: s, nullable };
  if (ts.length !== 1) return { kind: s.properties ? 'object' : 'json', schema: s, nullable };
  const t = ts[0];
  if (t === 'string' && s.format === 'date') return { kind: 'date', schema: s, nullable };
  if (['object', 'array', 'boolean', 'number', 'integer', 'string'].includes(t)) return { kind: t, schema: s, nullable };
  return { kind: 'json', schema: s, nullable };
}

// ------------------------------------------------------------------ the form

function renderForm() {
  const host = $('facts-form');
  host.replaceChildren();
  if (!state.schema) return;
  const root = el('fieldset', {}, el('legend', { text: word('facts') + ' — ' + (state.rule ? state.rule.factsSchema : '') }));
  root.append(objectFields(state.schema, ''));
  host.append(root);
}

function objectFields(schema, pointer) {
  const s = resolve(schema);
  const box = el('div', { class: 'fields' });
  const required = new Set(s.required || []);
  // the facts required first, then the others, each group in the schema's order
  const names = Object.keys(s.properties || {});
  for (const name of [...names.filter((n) => required.has(n)), ...names.filter((n) => !required.has(n))]) {
    box.append(field(s.properties[name], child(pointer, name), humanize(name), required.has(name)));
  }
  return box;
}

function fieldId(pointer) {
  return 'f' + pointer.replace(/[^A-Za-z0-9]/g, (c) => '_' + c.charCodeAt(0).toString(16));
}

function labelFor(pointer, label, required) {
  return el('label', { for: fieldId(pointer) }, label,
    required ? el('span', { class: 'required', title: word('required') }, ' *') : null);
}

function field(schema, pointer, label, required) {
  const sh = shape(schema);
  const value = getAt(pointer);
  const common = { id: fieldId(pointer), name: pointer, 'data-pointer': pointer };
  switch (sh.kind) {
    case 'object': {
      if (label === '') return el('div', { 'data-pointer': pointer, id: fieldId(pointer) }, objectFields(sh.schema, pointer));
      const set = el('fieldset', { 'data-pointer': pointer, id: fieldId(pointer) },
        el('legend', {}, label, required ? el('span', { class: 'required' }, ' *') : null));
      set.append(objectFields(sh.schema, pointer));
      return set;
    }
    case 'array': return arrayField(sh, pointer, label, required);
    case 'union': return unionField(sh, pointer, label, required);
    case 'const': {
      if (value === undefined) setAt(pointer, sh.schema.const);
      return el('input', { type: 'hidden', ...common, value: sh.schema.const });
    }
    case 'enum': {
      const select = el('select', { ...common, onchange: (e) => setAt(pointer, e.target.value === '' ? undefined : e.target.value) },
        el('option', { value: '' }, word('none')));
      for (const v of sh.schema.enum) select.append(el('option', { value: v, selected: v === value }, v));
      return el('div', { class: 'field' }, labelFor(pointer, label, required), select);
    }
    case 'boolean': {
      const select = el('select', { ...common, onchange: (e) => setAt(pointer, e.target.value === '' ? undefined : e.target.value === 'true') },
        el('option', { value: '' }, word('none')),
        el('option', { value: 'true', selected: value === true }, word('yes')),
        el('option', { value: 'false', selected: value === false }, word('no')));
      return el('div', { class: 'field' }, labelFor(pointer, label, required), select);
    }
    case 'number':
    case 'integer': {
      const input = el('input', {
        ...common, inputmode: sh.kind === 'integer' ? 'numeric' : 'decimal', autocomplete: 'off',
        value: value === undefined || value === null ? '' : String(value),
        oninput: (e) => setAt(pointer, number(e.target.value))
      });
      return el('div', { class: 'field' }, labelFor(pointer, label, required), input);
    }
    case 'date':
    case 'string': {
      const input = el('input', {
        ...common, autocomplete: 'off', value: value === undefined || value === null ? '' : String(value),
        placeholder: sh.kind === 'date' ? word('dateHint') : (sh.schema.pattern ? sh.schema.pattern : null),
        inputmode: sh.kind === 'date' ? 'numeric' : null,
        oninput: (e) => setAt(pointer, e.target.value === '' ? undefined : e.target.value)
      });
      return el('div', { class: 'field' }, labelFor(pointer, label, required), input);
    }
    default: {
      const area = el('textarea', {
        ...common, rows: 3, spellcheck: 'false', value: null,
        oninput: (e) => { try { setAt(pointer, e.target.value.trim() === '' ? undefined : JSON.parse(e.target.value)); } catch (err) { /* kept until valid */ } }
      });
      area.value = value === undefined ? '' : JSON.stringify(value);
      return el('div', { class: 'field' }, labelFor(pointer, label + ' (JSON)', required), area, el('span', { class: 'hint', text: word('noForm') }));
    }
  }
}

// A number typed as in French (1 234,56) or in JSON; kept as typed if it is not one, for the
// service to say what is wrong with it.
function number(text) {
  const t = text.trim();
  if (t === '') return undefined;
  const plain = t.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(plain) ? Number(plain) : t;
}

function arrayField(sh, pointer, label, required) {
  const items = Array.isArray(getAt(pointer)) ? getAt(pointer) : [];
  const box = el('div', { class: 'array', 'data-pointer': pointer, id: fieldId(pointer) });
  const add = el('button', {
    type: 'button', 'data-add': pointer, text: word('add'),
    onclick: () => {
      const list = Array.isArray(getAt(pointer)) ? getAt(pointer) : [];
      const itemShape = shape(sh.schema.items || {});
      list.push(itemShape.kind === 'object' ? {} : itemShape.kind === 'union'
        ? { type: itemShape.branches[0].properties.type.const } : null);
      setAt(pointer, list);
      renderForm();
      const first = document.querySelector(`[data-item="${CSS.escape(child(pointer, list.length - 1))}"] input, [data-item="${CSS.escape(child(pointer, list.length - 1))}"] select`);
      if (first) first.focus();
    }
  });
  box.append(el('div', { class: 'array-head' },
    el('h3', {}, label, required ? el('span', { class: 'required' }, ' *') : null), add));
  items.forEach((_, i) => {
    const p = child(pointer, i);
    const item = el('div', { class: 'item', 'data-item': p },
      el('div', { class: 'item-head' }, `${word('item')} ${i + 1}`,
        el('button', {
          type: 'button', 'data-remove': p, text: word('remove'),
          onclick: () => { getAt(pointer).splice(i, 1); renderForm(); }
        })));
    const itemShape = shape(sh.schema.items || {});
    item.append(field(sh.schema.items || {}, p, itemShape.kind === 'object' ? '' : label + ' ' + (i + 1), false));
    box.append(item);
  });
  return box;
}

function unionField(sh, pointer, label, required) {
  const value = getAt(pointer);
  const current = value && typeof value === 'object' ? value.type : undefined;
  const select = el('select', {
    id: fieldId(pointer + '/type'), name: pointer + '/type', 'data-pointer': pointer + '/type',
    onchange: (e) => { setAt(pointer, e.target.value === '' ? undefined : { type: e.target.value }); renderForm(); }
  }, el('option', { value: '' }, word('none')));
  for (const b of sh.branches) {
    const c = b.properties.type.const;
    select.append(el('option', { value: c, selected: c === current }, c));
  }
  const set = el('fieldset', { 'data-pointer': pointer, id: fieldId(pointer) },
    el('legend', {}, label, required ? el('span', { class: 'required' }, ' *') : null),
    el('div', { class: 'field' }, el('label', { for: fieldId(pointer + '/type') }, word('kind')), select));
  const branch = sh.branches.find((b) => b.properties.type.const === current);
  if (branch) {
    const rest = Object.assign({}, branch, { properties: Object.fromEntries(Object.entries(branch.properties).filter(([k]) => k !== 'type')) });
    set.append(objectFields(rest, pointer));
  }
  return set;
}

// The facts to send: empty optional objects and lists left out.
function cleaned(value, schema) {
  const sh = shape(schema);
  if (Array.isArray(value)) {
    return value.map((v) => cleaned(v, sh.kind === 'array' ? sh.schema.items || {} : {}));
  }
  if (value !== null && typeof value === 'object') {
    let s = sh.kind === 'union' ? sh.branches.find((b) => b.properties.type.const === value.type) || {} : resolve(sh.schema || schema);
    const required = new Set(s.required || []);
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue;
      const c = cleaned(v, (s.properties || {})[k] || {});
      const empty = c !== null && typeof c === 'object' && (Array.isArray(c) ? c.length === 0 : Object.keys(c).length === 0);
      if (empty && !required.has(k)) continue;
      out[k] = c;
    }
    return out;
  }
  return value;
}

function facts() {
  return cleaned(state.model, state.schema || {});
}

// ------------------------------------------------------------------ tabs and settings

function showTab(json) {
  if (json) {
    $('json').value = JSON.stringify(facts(), null, 2);
  } else if (!$('facts-json').hidden) {
    try {
      const text = $('json').value.trim();
      state.model = text === '' ? {} : JSON.parse(text);
    } catch (e) {
      showMessage(word('badJson') + e.message);
      return false;
    }
    renderForm();
  }
  $('facts-form').hidden = json;
  $('facts-json').hidden = !json;
  $('tab-form').setAttribute('aria-selected', String(!json));
  $('tab-json').setAttribute('aria-selected', String(json));
  return true;
}

function translate() {
  document.documentElement.lang = lang();
  for (const node of document.querySelectorAll('[data-t]')) node.textContent = word(node.dataset.t);
  $('asOf').placeholder = word('dateHint');
}

async function loadRules() {
  const chosen = $('rule').value || new URLSearchParams(location.search).get('rule');
  const res = await fetch('/rules?lang=' + lang());
  state.rules = await res.json();
  const select = $('rule');
  select.replaceChildren();
  for (const r of state.rules) select.append(el('option', { value: r.id, selected: r.id === chosen }, `${r.id} — ${r.title}`));
  await chooseRule(select.value, true);
}

async function chooseRule(id, keepModel) {
  state.rule = state.rules.find((r) => r.id === id) || null;
  $('rule-title').textContent = state.rule ? state.rule.title + (state.rule.dated ? '' : ' ' + word('notDated')) : '';
  const res = await fetch('/rules/' + encodeURIComponent(id) + '/schema');
  state.schema = await res.json();
  if (!keepModel) state.model = {};
  renderForm();
  if (!$('facts-json').hidden) $('json').value = JSON.stringify(facts(), null, 2);
}

// ------------------------------------------------------------------ the answer

function showMessage(text) {
  $('answer').replaceChildren(el('div', { class: 'problem' }, el('p', { text })));
}

function clearMarks() {
  for (const n of document.querySelectorAll('.missing, .invalid')) n.classList.remove('missing', 'invalid');
}

// The form's element of a pointer, or of the nearest pointer above it that has one.
function elementOf(pointer) {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const node = document.querySelector(`[data-pointer="${CSS.escape(p)}"]`);
    if (node) return node;
    if (p === '') return null;
  }
}

function pointerList(pointers, mark) {
  const list = el('ul', { class: 'pointers' });
  for (const p of pointers) {
    const target = elementOf(p);
    if (target) target.classList.add(mark);
    list.append(el('li', {}, el('code', { text: p === '' ? word('document') : p }), ' ',
      target ? el('button', {
        type: 'button', class: 'link', text: word('goTo'),
        onclick: () => { showTab(false); elementOf(p).scrollIntoView({ block: 'center' }); const f = elementOf(p); if (f.focus) f.focus(); }
      }) : null));
  }
  return list;
}

async function evaluate(event) {
  event.preventDefault();
  if (!$('facts-json').hidden && !showTab(false)) return;
  clearMarks();
  $('answer').replaceChildren(el('p', { class: 'hint', text: word('working') }));
  const query = new URLSearchParams({ lang: lang() });
  const asOf = $('asOf').value.trim();
  if (asOf !== '') query.set('asOf', asOf);
  const url = '/rules/' + encodeURIComponent(state.rule.id) + '/evaluate?' + query;
  const body = JSON.stringify(facts());
  try {
    const [res, text] = await Promise.all([
      fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body }),
      fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'text/plain' }, body })
        .then((r) => (r.ok ? r.text() : null))
    ]);
    const answer = await res.json();
    if (!res.ok) showProblem(answer); else showAnswer(answer, text);
  } catch (e) {
    showMessage(word('network') + e.message);
  }
}

function showProblem(problem) {
  const box = el('div', { class: 'problem', id: 'problem' },
    el('h2', { text: word('problem') + ' — ' + (problem.title || problem.status) }),
    el('p', { text: problem.detail || '' }));
  if (Array.isArray(problem.violations) && problem.violations.length) {
    box.append(el('p', { text: word('violations') }));
    const list = el('ul', { class: 'violations' });
    for (const v of problem.violations) {
      const target = elementOf(v.pointer);
      if (target) target.classList.add('invalid');
      list.append(el('li', {}, el('code', { text: v.pointer === '' ? word('document') : v.pointer }), ' : ',
        lang() === 'en' ? v.messageEn : v.messageFr, v.invalidValue ? ` [${v.invalidValue}]` : ''));
    }
    box.append(list);
  }
  $('answer').replaceChildren(box);
}

function label(table, key) {
  const entry = VOCABULARY[table] && VOCABULARY[table][key];
  return entry ? entry[lang()] : key;
}

function message(m) {
  if (m === null || m === undefined) return '';
  if (typeof m === 'string') return m;
  return m[lang()] || m.fr || '';
}

function reference(ref) {
  if (!ref) return null;
  const citation = ref.citation || '';
  const link = ref.url ? el('a', { href: ref.url, target: '_blank', rel: 'noopener noreferrer', text: citation }) : citation;
  return el('span', { class: 'ref' }, '— ', link, ref.confidence && ref.confidence !== 'VERIFIED' ? ` (${label('confidence', ref.confidence)})` : '');
}

function value(v) {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'object') return String(v);
  if (v.fr || v.en) return message(v);
  const locale = lang() === 'en' ? 'en-GB' : 'fr-FR';
  const n = Number(v.value);
  switch (v.kind) {
    case 'EUROS': return Number.isFinite(n) ? new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 }).format(n) : v.value;
    case 'RATE': return Number.isFinite(n) ? new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(n) : v.value;
    case 'NUMBER': return Number.isFinite(n) ? new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(n) : v.value;
    case 'DATE': { const d = new Date(v.value + 'T00:00:00'); return isNaN(d) ? v.value : d.toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' }); }
    default: return v.value !== undefined ? String(v.value) : JSON.stringify(v);
  }
}

function comparison(c) {
  const op = VOCABULARY.operator[c.operator];
  const holds = c.holds !== false;
  return el('li', { class: holds ? 'holds' : 'fails' },
    message(c.subject), ' : ', value(c.actual), ' ', op ? `${op.symbol} (${op[lang()]})` : (c.operator || ''), ' ', value(c.limit),
    ' ', holds ? '✓' : '✗', el('span', { class: 'hint' }, ` ${holds ? word('holds') : word('fails')}`));
}

function findingList(findings) {
  const list = el('ul', { class: 'findings' });
  for (const f of findings || []) {
    const item = el('li', { class: 'finding', 'data-id': f.id },
      el('span', { class: 'badge ' + f.outcome, text: label('outcome', f.outcome) }),
      el('span', { class: 'text', text: message(f.message) }), reference(f.reference));
    if (Array.isArray(f.comparisons) && f.comparisons.length) {
      item.append(el('ul', { class: 'comparisons' }, ...f.comparisons.map(comparison)));
    }
    if (Array.isArray(f.missingFacts) && f.missingFacts.length) {
      item.append(el('div', { class: 'hint' }, word('missing') + ' : ', f.missingFacts.join(', ')));
    }
    if (Array.isArray(f.children) && f.children.length) item.append(findingList(f.children));
    list.append(item);
  }
  return list;
}

// Every text the answer cites, once, with its link.
function citations(node, out) {
  if (Array.isArray(node)) node.forEach((n) => citations(n, out));
  else if (node && typeof node === 'object') {
    if (typeof node.citation === 'string' && !out.has(node.citation)) out.set(node.citation, node);
    Object.values(node).forEach((n) => citations(n, out));
  }
  return out;
}

function showAnswer(answer, text) {
  const parts = [];
  const v = answer.verdict;
  if (v) {
    const box = el('div', { class: 'verdict', id: 'verdict' },
      el('h2', { text: word('verdict') }),
      // the library's own summary (the first line of its explanation), else the outcome's word
      el('p', { class: 'outcome ' + v.outcome, id: 'outcome' }, text ? text.split('\n')[0]
        : `${v.ruleId} — ${value({ kind: 'DATE', value: v.asOf })} : ${label('outcome', v.outcome)}`),
      v.confidence ? el('p', { class: 'hint', id: 'confidence' }, `${word('confidence')} : ${label('confidence', v.confidence)}`) : null);
    if (Array.isArray(v.missingFacts) && v.missingFacts.length) {
      box.append(el('div', { id: 'missing', class: 'missing-facts' },
        el('h3', { text: word('missing') }), el('p', { text: word('missingHint') }), pointerList(v.missingFacts, 'missing')));
    }
    box.append(el('h3', { text: word('findings') }), findingList(v.findings));
    if (Array.isArray(v.notices) && v.notices.length) {
      const notices = el('ul', { class: 'notices' });
      for (const n of v.notices) notices.append(el('li', {}, message(n.message), ' ', reference(n.reference)));
      box.append(el('details', {}, el('summary', { text: `${word('notices')} (${v.notices.length})` }), notices));
    }
    parts.push(box);
  } else {
    parts.push(el('div', { class: 'verdict', id: 'verdict' }, el('h2', { text: word('result') }),
      el('p', { class: 'outcome', id: 'outcome' }, text ? text.split('\n')[0] : '')));
  }
  const cited = citations(answer, new Map());
  if (cited.size) {
    const list = el('ul', {});
    for (const ref of cited.values()) list.append(el('li', {}, ref.url ? el('a', { href: ref.url, target: '_blank', rel: 'noopener noreferrer', text: ref.citation }) : ref.citation));
    parts.push(el('div', { class: 'texts', id: 'texts' }, el('h2', { text: word('texts') }), list));
  }
  const details = el('div', { class: 'extras' });
  if (text) details.append(el('details', { open: !v }, el('summary', { text: word('explanation') }), el('pre', { id: 'explanation', text })));
  details.append(el('details', {}, el('summary', { text: word('answerJson') }), el('pre', { text: JSON.stringify(answer, null, 2) })));
  parts.push(details);
  $('answer').replaceChildren(...parts);
}

// ------------------------------------------------------------------ start

async function start() {
  const params = new URLSearchParams(location.search);
  if (params.get('lang') === 'en') $('lang').value = 'en';
  $('asOf').value = params.get('asOf') || today();
  translate();
  $('rule').addEventListener('change', (e) => chooseRule(e.target.value, false));
  $('lang').addEventListener('change', async () => { translate(); await loadRules(); });
  $('tab-form').addEventListener('click', () => showTab(false));
  $('tab-json').addEventListener('click', () => showTab(true));
  $('reset').addEventListener('click', () => { state.model = {}; renderForm(); $('json').value = '{}'; $('answer').replaceChildren(); });
  $('question').addEventListener('submit', evaluate);
  try {
    await loadRules();
    document.body.dataset.ready = 'true';
  } catch (e) {
    showMessage(word('network') + e.message);
  }
}

start();
