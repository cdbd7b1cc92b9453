// The two Lua scripts, each atomic on the Redis server and timed by its clock (TIME), never the clients'.
// A key is a sorted set of the permits held: member = a slot id, score = when the permit is free again.
// While a request is out its score is its lease (start + lease + window): a process that dies mid-request
// cannot hold a permit forever. On release the score becomes release time + window.

/** KEYS[1] the scope; ARGV limit, windowMs, leaseMs, slot id. Returns {1, 0} granted or {0, ms to wait}. */
export const ACQUIRE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local lease = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) < limit then
  redis.call('ZADD', KEYS[1], now + lease + window, ARGV[4])
  redis.call('PEXPIRE', KEYS[1], lease + window * 2)
  return {1, 0}
end
local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return {0, tonumber(first[2]) - now}
`;

/** KEYS[1] the scope; ARGV windowMs, slot id. The permit is free one window from now (if still held). */
export const RELEASE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZADD', KEYS[1], 'XX', now + tonumber(ARGV[1]), ARGV[2])
return 1
`;
