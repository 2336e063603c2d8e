-- wrk script: POST a valid item (201 expected), the same body as the shared harness's.
wrk.method = "POST"
wrk.body   = '{"name":"widget","price":9.99,"tags":["tools","garden"]}'
wrk.headers["Content-Type"] = "application/json"
