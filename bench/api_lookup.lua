-- wrk script: spreads requests over all 65,536 lookup buckets at random.
local counter = 0
setup = function(thread)
  counter = counter + 1
  thread:set("id", counter)
end
init = function(args)
  math.randomseed(os.time() * 1000 + (id or 0))
end
request = function()
  return wrk.format("GET", string.format("/v1/lookup/%04x", math.random(0, 65535)))
end
