-- wrk script: Dutch staff queries against the signed-in search API (HTTP Basic, demo account).
-- DW_MIX=fixed (default): 20 popular queries, walked in turn, as a portal's most-asked searches repeat.
-- DW_MIX=unique: two words drawn at random from 90 for every request (8,100 combinations), so that the portal's
-- remembered results hardly ever help: what every search costs.
-- Responses other than 200 count as errors.
local queries = {
  "aantal", "wmo%20cli%C3%ABnten%20per%20wijk", "jeugdzorg%20wachttijd", "bsn", "doorlooptijd", "beschikking",
  "klantcontact", "postcode", "bedrag", "afval", "datum%20beschikking", "jeugdhlp", "huishoudelijke%20hulp",
  "geboortedatum", "leerlingenvervoer", "caseload", "adres", "inkomen", "bijstand", "parkeervergunning"
}
local words = {
  "aantal", "bedrag", "datum", "beschikking", "besluit", "melding", "aanvraag", "cliënt", "wijk", "buurt",
  "jeugdhulp", "jeugdzorg", "wmo", "bijstand", "uitkering", "inkomen", "schuld", "schuldhulp", "woning", "adres",
  "postcode", "huisnummer", "geboortedatum", "bsn", "iban", "diagnose", "indicatie", "zorgaanbieder", "verwijzer",
  "caseload", "doorlooptijd", "wachttijd", "termijn", "klacht", "bezwaar", "klantcontact", "afval", "container",
  "afvalfracties", "luchtkwaliteit", "geluid", "parkeren", "vergunning", "omgevingsvergunning", "bouw", "project",
  "begroting", "factuur", "crediteur", "debiteur", "subsidie", "belasting", "woz", "taxatie", "leerling",
  "leerlingenvervoer", "school", "onderwijs", "sport", "speeltoestel", "inspectie", "onderhoud", "openbare",
  "ruimte", "boom", "riolering", "verkeer", "ongeval", "evenement", "burgerzaken", "paspoort", "rijbewijs",
  "verhuizing", "huishouden", "medewerker", "team", "resultaat", "percentage", "status", "categorie", "product",
  "productcode", "maatwerkvoorziening", "hulpmiddel", "vervoer", "registratie", "identificatie", "kenmerk",
  "omschrijving", "toelichting"
}
local mix = os.getenv("DW_MIX") or "fixed"
local user = os.getenv("DW_USER") or "medewerker"
local password = os.getenv("DW_PASSWORD") or "datawijzer"
local path = os.getenv("DW_PATH") or "/api/v1/search"
local errors = 0
local counter = 0

local function base64(data)
  local chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
  return ((data:gsub(".", function(x)
    local r, b = "", x:byte()
    for i = 8, 1, -1 do r = r .. (b % 2 ^ i - b % 2 ^ (i - 1) > 0 and "1" or "0") end
    return r
  end) .. "0000"):gsub("%d%d%d?%d?%d?%d?", function(x)
    if #x < 6 then return "" end
    local c = 0
    for i = 1, 6 do c = c + (x:sub(i, i) == "1" and 2 ^ (6 - i) or 0) end
    return chars:sub(c + 1, c + 1)
  end) .. ({ "", "==", "=" })[#data % 3 + 1])
end

local authorization = "Basic " .. base64(user .. ":" .. password)

function setup(thread)
  thread:set("id", counter)
  counter = counter + 7
end

function init(args)
  counter = id or 0
  math.randomseed(os.time() + (id or 0))
end

local function encode(text)
  return (text:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function request()
  counter = counter + 1
  local q
  if mix == "unique" then
    q = encode(words[math.random(#words)]) .. "%20" .. encode(words[math.random(#words)])
  else
    q = queries[(counter % #queries) + 1]
  end
  local headers = { ["Authorization"] = authorization, ["Accept"] = "application/json" }
  if path:find("public") then headers["Authorization"] = nil end
  return wrk.format("GET", path .. "?q=" .. q .. "&limit=20", headers)
end

function response(status, headers, body)
  if status ~= 200 then errors = errors + 1 end
end

function done(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format("requests/s %.1f, p50 %.1f ms, p99 %.1f ms, errors: %d connect, %d read, %d write, %d timeout, %d non-200\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout, non2xx))
end
