// Autosaves a draft PEP as people type, so a timed-out session never loses a half-written plan. The text is also
// kept on this device until the server confirms it, and restored (with a notice) when the page next opens.
const form = document.getElementById('pep-form')
const status = document.getElementById('pep-saved')
const restored = document.getElementById('pep-restored')

if (form && status && window.fetch && window.FormData) {
  const url = form.dataset.autosave
  const key = 'coparent.' + form.dataset.autosaveKey
  const fields = () => Array.from(form.elements).filter(el => el.name && el.name.startsWith('Input.'))
  let timer = null

  const keep = () => {
    const values = {}
    for (const el of fields()) {
      if (el.type === 'radio') { if (el.checked) values[el.name] = el.value } else values[el.name] = el.value
    }
    try { window.localStorage.setItem(key, JSON.stringify(values)) } catch (e) { /* storage full or off: the server copy still saves */ }
  }

  const restore = () => {
    let saved = null
    try { saved = JSON.parse(window.localStorage.getItem(key) || 'null') } catch (e) { saved = null }
    if (!saved) return
    let changed = false
    for (const el of fields()) {
      if (!(el.name in saved)) continue
      if (el.type === 'radio') {
        const checked = el.value === saved[el.name]
        if (el.checked !== checked) { el.checked = checked; changed = true }
      } else if (el.value !== saved[el.name]) { el.value = saved[el.name]; changed = true }
    }
    if (changed && restored) {
      restored.classList.remove('govuk-!-display-none')
      restored.focus()
    } else {
      window.localStorage.removeItem(key)
    }
  }

  const save = async () => {
    timer = null
    status.textContent = 'Saving…'
    try {
      const response = await fetch(url, { method: 'POST', body: new FormData(form), credentials: 'same-origin', headers: { Accept: 'application/json' } })
      const type = response.headers.get('Content-Type') || ''
      if (response.ok && !response.redirected && type.includes('application/json')) {
        const body = await response.json()
        window.localStorage.removeItem(key)
        status.textContent = 'Saved at ' + body.savedAt
      } else {
        status.textContent = 'Not saved: you may need to sign in again. Your text is kept on this device.'
      }
    } catch (e) {
      status.textContent = 'Not saved: check your connection. Your text is kept on this device.'
    }
  }

  const changed = () => {
    keep()
    if (timer) window.clearTimeout(timer)
    timer = window.setTimeout(save, 2000)
  }

  restore()
  form.addEventListener('input', changed)
  form.addEventListener('change', changed)
  form.addEventListener('submit', () => { try { window.localStorage.removeItem(key) } catch (e) { /* nothing kept */ } })
}
