-- wrk script for the soak: every connection cycles through the bench app's endpoints, so that the
-- text, JSON, path/query binding and validated-body paths all run for the whole soak.
local requests = {}

function init(args)
  local body = '{"name":"widget","price":9.99,"tags":["tools","garden"]}'
  requests[1] = wrk.format("GET", "/plaintext")
  requests[2] = wrk.format("GET", "/json")
  requests[3] = wrk.format("GET", "/items/42?q=hello")
  requests[4] = wrk.format("POST", "/items", { ["Content-Type"] = "application/json" }, body)
end

local i = 0

function request()
  i = i % #requests + 1
  return requests[i]
end
