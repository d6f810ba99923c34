-- wrk script: asks for the report of random stored sites; the domains file
-- (one a line) is the script's argument.
local counter = 0
local domains = {}
setup = function(thread)
  counter = counter + 1
  thread:set("id", counter)
end
init = function(args)
  math.randomseed(os.time() * 1000 + (id or 0))
  for line in io.lines(args[1]) do
    domains[#domains + 1] = line
  end
end
request = function()
  return wrk.format("GET", "/v1/sites/" .. domains[math.random(#domains)])
end
