// GOV.UK Frontend components, started from a file so the Content-Security-Policy needs no inline script.
import { initAll } from '/lib/govuk/govuk-frontend.min.js'
initAll()
