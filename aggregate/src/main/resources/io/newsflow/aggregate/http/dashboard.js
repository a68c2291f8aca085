'use strict';
// The ops dashboard. Every value that comes from an article is set with textContent or as an SVG
// number attribute, never parsed as HTML, so a hostile title shows as text.
(function () {
  const TOP = 25;
  const SVG = 'http://www.w3.org/2000/svg';
  const stories = new Map();
  const fresh = new Set();
  let renderPending = false;

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function time(iso) {
    const ms = Date.parse(iso);
    return isNaN(ms) ? '–' : new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + 'Z';
  }

  // Articles per time bin between the story's first and last article, as bars.
  function timeline(story) {
    const width = 120, height = 24, bins = 20;
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'spark');
    svg.setAttribute('width', width);
    svg.setAttribute('height', height);
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    const times = (story.articles || []).map(a => Date.parse(a.publishedAt)).filter(t => !isNaN(t));
    const title = document.createElementNS(SVG, 'title');
    title.textContent = times.length + ' dated articles, ' + time(story.firstSeen) + ' – ' + time(story.lastSeen);
    svg.appendChild(title);
    const base = document.createElementNS(SVG, 'line');
    base.setAttribute('x1', 0); base.setAttribute('x2', width);
    base.setAttribute('y1', height - 0.5); base.setAttribute('y2', height - 0.5);
    svg.appendChild(base);
    if (times.length === 0) return svg;
    const first = Math.min(...times), span = Math.max(...times) - first || 1;
    const counts = new Array(bins).fill(0);
    times.forEach(t => { counts[Math.min(bins - 1, Math.floor((t - first) / span * bins))] += 1; });
    const most = Math.max(...counts), barWidth = width / bins;
    counts.forEach((count, i) => {
      if (count === 0) return;
      const bar = document.createElementNS(SVG, 'rect');
      const h = Math.max(2, Math.round(count / most * (height - 2)));
      bar.setAttribute('x', (i * barWidth + 0.5).toFixed(1));
      bar.setAttribute('y', height - h);
      bar.setAttribute('width', (barWidth - 1).toFixed(1));
      bar.setAttribute('height', h);
      svg.appendChild(bar);
    });
    return svg;
  }

  function row(story) {
    const tr = el('tr', fresh.has(story.storyId) ? 'story fresh' : 'story');
    tr.setAttribute('data-story-id', story.storyId);
    const headline = el('td', 'headline', story.headline);
    headline.title = story.storyId;
    tr.appendChild(headline);
    tr.appendChild(el('td', 'num count', story.articleCount));
    tr.appendChild(el('td', 'num sources', story.sourceCount));
    tr.appendChild(el('td', 'num copies', story.syndicatedCopies));
    const actors = el('td', 'actors');
    (story.actors || []).slice(0, 6).forEach(a => {
      const chip = el('span', 'actor', a.code);
      chip.title = a.name + ' · ' + a.count + ' articles';
      actors.appendChild(chip);
    });
    tr.appendChild(actors);
    tr.appendChild(el('td', 'time first-seen', time(story.firstSeen)));
    tr.appendChild(el('td', 'time last-seen', time(story.lastSeen)));
    const spark = el('td', 'timeline');
    spark.appendChild(timeline(story));
    tr.appendChild(spark);
    tr.appendChild(el('td', 'status status-' + story.status, story.status));
    return tr;
  }

  function render() {
    renderPending = false;
    const top = Array.from(stories.values()).sort((a, b) =>
      b.articleCount - a.articleCount || String(b.lastSeen).localeCompare(String(a.lastSeen))
        || a.storyId.localeCompare(b.storyId)).slice(0, TOP);
    const body = document.getElementById('story-rows');
    if (top.length === 0) return;
    body.replaceChildren(...top.map(row));
    fresh.clear();
    document.getElementById('story-count').textContent = stories.size + ' known, top ' + top.length + ' by size';
  }

  function scheduleRender() {
    if (!renderPending) {
      renderPending = true;
      setTimeout(render, 200);
    }
  }

  // keeps the newer of two states of a story (the listing and the stream may overlap)
  function upsert(story, isUpdate) {
    const known = stories.get(story.storyId);
    if (known && String(known.updatedAt) > String(story.updatedAt)) return;
    stories.set(story.storyId, story);
    if (isUpdate) fresh.add(story.storyId);
    scheduleRender();
  }

  function setBadge(id, text, ok) {
    const badge = document.getElementById(id);
    badge.textContent = text;
    badge.className = ok ? 'badge' : 'badge off';
  }

  function connect() {
    const events = new EventSource('/stories/stream');
    events.addEventListener('story', event => upsert(JSON.parse(event.data), true));
    // a story merged into another is gone; the merged story comes as its own update
    events.addEventListener('removed', event => {
      stories.delete(JSON.parse(event.data).storyId);
      scheduleRender();
    });
    events.onopen = () => setBadge('live', 'connected', true);
    events.onerror = () => setBadge('live', 'reconnecting', false);
  }

  async function loadStories() {
    const response = await fetch('/stories?sort=size&limit=200', { credentials: 'same-origin' });
    if (!response.ok) throw new Error('stories: HTTP ' + response.status);
    (await response.json()).stories.forEach(story => upsert(story, false));
  }

  function stageCard(stage) {
    let card = document.getElementById('stage-' + stage.name);
    if (!card) {
      card = el('div', 'card stage');
      card.id = 'stage-' + stage.name;
      card.appendChild(el('h2', null, stage.name));
      card.appendChild(el('div', 'big rate'));
      card.appendChild(el('div', 'small lag'));
      const pipeline = document.getElementById('pipeline');
      pipeline.insertBefore(card, document.getElementById('dead-letters-card'));
    }
    card.querySelector('.rate').textContent = stage.perSecond.toFixed(1) + ' /s';
    card.querySelector('.lag').textContent = 'lag ' + stage.lag + ' · committed offset ' + stage.consumed + ' on ' + stage.input;
  }

  async function loadStatus() {
    try {
      const response = await fetch('/status', { credentials: 'same-origin' });
      if (!response.ok) throw new Error('status: HTTP ' + response.status);
      const status = await response.json();
      document.getElementById('instance').textContent = status.instance;
      setBadge('streams-state', status.streams, status.streams === 'RUNNING');
      status.stages.forEach(stageCard);
      document.getElementById('dead-letters').textContent = status.deadLetters;
      document.getElementById('dead-letters-by-stage').textContent = Object.entries(status.deadLettersByStage)
        .map(([stage, count]) => stage + ' ' + count).join(' · ') || 'none';
      document.getElementById('story-updates').textContent = status.storyUpdates;
    } catch (e) {
      setBadge('streams-state', 'unreachable', false);
    }
  }

  function retryStories() {
    loadStories().catch(() => setTimeout(retryStories, 2000));
  }

  document.addEventListener('DOMContentLoaded', () => {
    connect();
    retryStories();
    loadStatus();
    setInterval(loadStatus, 2000);
  });
})();
