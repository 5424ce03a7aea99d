package store

import "github.com/redis/go-redis/v9"

// The Redis store's scripts. Each runs atomically in the server: no other
// worker's call interleaves with it. KEYS[1] is always the crawl's meta
// key; the other keys are derived from it (they share its hash tag, so a
// Redis Cluster keeps them in its slot). Keys, with P the prefix
// "scoop:{name}:":
//
//	P m      hash: format, layout and options ("version", "blocks",
//	         "perhost"), "seq" (push sequence), "done" (finished URLs),
//	         "fpseq" (fingerprint sequence), "clock" (latest Pop time)
//	P u      hash: URL key (8 bytes) → "x" when done, else the live
//	         record cmsgpack(state, depth, seq, host, a, b, tm, owner):
//	         state q (queued), d (delayed) or l (leased); a and b are the
//	         request's parts the Go side encodes (redisEncodeA/B); tm is
//	         the member in P d or P l
//	P q:HOST zset: the host's queued URL keys, scored depth·2^32 + seq
//	P r      zset: hosts that may be fetched now, scored by their head
//	P w      zset by lex: NEXT(8) HOST, hosts waiting for HostNext
//	P n      hash: host → HostNext (8)
//	P i      hash: host → leased requests
//	P d      zset by lex: NOTBEFORE(8) URLKEY(8), delayed requests
//	P l      zset by lex: EXPIRY(8) URLKEY(8), leases
//	P e      set: emitted keys (8)
//	P c      hash: emitted key (8) → OWNER(8) EXPIRY(8), emit claims
//	P f      hash: fingerprint seq → FP(8) URL
//	P xI     hash: block value of block I (8) → entries FPHI(4) FPLO(4) SEQ(4)
//
// Times are 8-byte sortable big-endian (sortableTime), so that Redis's
// byte-wise lex order is time order; Lua compares them as two 32-bit
// halves (never with <, which uses the locale's collation on strings).
// Numbers stay below 2^53, where Lua's doubles are exact.
const redisLuaLib = `
local P = string.sub(KEYS[1], 1, -2)
local KM, KU, KR, KW, KN, KI, KD, KL = P..'m', P..'u', P..'r', P..'w', P..'n', P..'i', P..'d', P..'l'
local TWO32 = 4294967296

-- tlt reports whether sortable time a is before b.
local function tlt(a, b)
  local ah, al = struct.unpack('>I4I4', a)
  local bh, bl = struct.unpack('>I4I4', b)
  return ah < bh or (ah == bh and al < bl)
end

-- score is a queue score, formatted exactly (Redis would print a Lua
-- number with 14 digits).
local function score(depth, seq)
  return string.format('%.0f', depth * TWO32 + seq)
end

local function put(uk, st, depth, seq, host, a, b, tm, owner)
  redis.call('HSET', KU, uk, cmsgpack.pack(st, depth, seq, host, a, b, tm, owner))
end

local function nextseq()
  local s = redis.call('HINCRBY', KM, 'seq', 1)
  if s >= TWO32 then
    return redis.error_reply('store: redis: push sequence exhausted')
  end
  return s
end

-- fix re-places host h in the ready or waiting set after its queue, lease
-- count or next time changed, and forgets a next time that has passed
-- for a host that holds nothing (the scheduler of sched.go, in Redis).
local function fix(h, limit, clock)
  local q = P..'q:'..h
  local head = redis.call('ZRANGE', q, 0, 0, 'WITHSCORES')
  local inf = tonumber(redis.call('HGET', KI, h) or '0')
  local nx = redis.call('HGET', KN, h)
  redis.call('ZREM', KR, h)
  if nx then redis.call('ZREM', KW, nx..h) end
  if head[1] and inf < limit then
    if nx and (not clock or tlt(clock, nx)) then
      redis.call('ZADD', KW, 0, nx..h)
    else
      redis.call('ZADD', KR, head[2], h)
    end
  elseif not head[1] and inf == 0 and nx and clock and not tlt(clock, nx) then
    redis.call('HDEL', KN, h)
  end
end

local function fixall(dirty, limit)
  local clock = redis.call('HGET', KM, 'clock')
  for h in pairs(dirty) do fix(h, limit, clock) end
end

-- enqueue puts a request that is in no set into its host's queue or, with
-- a delayed member dm, into the delayed set.
local function enqueue(uk, host, depth, seq, a, b, dm, dirty)
  if dm ~= '' then
    redis.call('ZADD', KD, 0, dm)
    put(uk, 'd', depth, seq, host, a, b, dm, '')
  else
    redis.call('ZADD', P..'q:'..host, score(depth, seq), uk)
    put(uk, 'q', depth, seq, host, a, b, '', '')
    dirty[host] = true
  end
end

local function release(h)
  if redis.call('HINCRBY', KI, h, -1) <= 0 then redis.call('HDEL', KI, h) end
end

-- unlink takes a live request out of whatever set it is in.
local function unlink(uk, st, host, tm, dirty)
  if st == 'q' then
    redis.call('ZREM', P..'q:'..host, uk)
    dirty[host] = true
  elseif st == 'd' then
    redis.call('ZREM', KD, tm)
  elseif st == 'l' then
    redis.call('ZREM', KL, tm)
    release(host)
    dirty[host] = true
  end
end

-- requeue puts a leased request back into its host's queue.
local function requeue(uk, rec, dirty)
  local st, depth, seq, host, a, b, tm = cmsgpack.unpack(rec)
  redis.call('ZREM', KL, tm)
  redis.call('ZADD', P..'q:'..host, score(depth, seq), uk)
  put(uk, 'q', depth, seq, host, a, b, '', '')
  release(host)
  dirty[host] = true
end
`

// redisScript returns the script made of the library and body.
func redisScript(body string) *redis.Script { return redis.NewScript(redisLuaLib + body) }

// Script bodies. ARGV[1] is the host parallelism limit where a body
// re-places hosts.
var (
	// redisPush: ARGV[2…] in groups of six (URL key, host, depth, a, b,
	// delayed member or ""); returns how many were added.
	redisPush = redisScript(`
local limit = tonumber(ARGV[1])
local dirty, added = {}, 0
for i = 2, #ARGV, 6 do
  local uk, host, depth, a, b, dm = ARGV[i], ARGV[i+1], tonumber(ARGV[i+2]), ARGV[i+3], ARGV[i+4], ARGV[i+5]
  local v = redis.call('HGET', KU, uk)
  if not v then
    local seq = nextseq()
    if type(seq) == 'table' then
      fixall(dirty, limit) -- Redis keeps a failed script's writes: place what was queued
      return seq
    end
    enqueue(uk, host, depth, seq, a, b, dm, dirty)
    added = added + 1
  elseif v ~= 'x' then
    local st, od, seq, oh, oa, ob, tm, owner = cmsgpack.unpack(v)
    if st ~= 'l' and depth < od then
      put(uk, st, depth, seq, oh, oa, b, tm, owner)
      if st == 'q' then
        redis.call('ZADD', P..'q:'..oh, score(depth, seq), uk)
        dirty[oh] = true
      end
    end
  end
end
fixall(dirty, limit)
return added
`)

	// redisPop: ARGV[2] now, ARGV[3] now+1ns (exclusive bound), ARGV[4]
	// lease expiry, ARGV[5] owner; returns false or {a, b, depth, URL key}.
	redisPop = redisScript(`
local limit, now, bound, untl, owner = tonumber(ARGV[1]), ARGV[2], '(' .. ARGV[3], ARGV[4], ARGV[5]
local clock = redis.call('HGET', KM, 'clock')
if not clock or tlt(clock, now) then
  redis.call('HSET', KM, 'clock', now)
  clock = now
end
local dirty = {}
for _, m in ipairs(redis.call('ZRANGEBYLEX', KL, '-', bound)) do
  local uk = string.sub(m, 9)
  requeue(uk, redis.call('HGET', KU, uk), dirty)
end
for _, m in ipairs(redis.call('ZRANGEBYLEX', KD, '-', bound)) do
  local uk = string.sub(m, 9)
  local st, depth, seq, host, a, b = cmsgpack.unpack(redis.call('HGET', KU, uk))
  redis.call('ZREM', KD, m)
  enqueue(uk, host, depth, seq, a, b, '', dirty)
end
-- Hosts wait by the crawl clock (the latest Pop time), as in sched.go:
-- every member whose 8-byte time is at most clock (host names are ASCII).
for _, m in ipairs(redis.call('ZRANGEBYLEX', KW, '-', '[' .. clock .. '\255')) do
  dirty[string.sub(m, 9)] = true
end
for h in pairs(dirty) do fix(h, limit, clock) end
local top = redis.call('ZRANGE', KR, 0, 0)
if not top[1] then return false end
local h = top[1]
local q = P..'q:'..h
local uk = redis.call('ZRANGE', q, 0, 0)[1]
redis.call('ZREM', q, uk)
local st, depth, seq, host, a, b = cmsgpack.unpack(redis.call('HGET', KU, uk))
local tm = untl .. uk
redis.call('ZADD', KL, 0, tm)
put(uk, 'l', depth, seq, h, a, b, tm, owner)
redis.call('HINCRBY', KI, h, 1)
fix(h, limit, clock)
return {a, b, depth, uk}
`)

	// redisDone: ARGV[2] URL key; returns -1 for a URL never pushed.
	redisDone = redisScript(`
local uk = ARGV[2]
local v = redis.call('HGET', KU, uk)
if not v then return -1 end
if v == 'x' then return 0 end
local dirty = {}
local st, depth, seq, host, a, b, tm = cmsgpack.unpack(v)
unlink(uk, st, host, tm, dirty)
redis.call('HSET', KU, uk, 'x')
redis.call('HINCRBY', KM, 'done', 1)
fixall(dirty, tonumber(ARGV[1]))
return 0
`)

	// redisRetry: ARGV[2…7] as one group of redisPush; returns -1 for a
	// URL never pushed.
	redisRetry = redisScript(`
local uk, host, depth, a, b, dm = ARGV[2], ARGV[3], tonumber(ARGV[4]), ARGV[5], ARGV[6], ARGV[7]
local v = redis.call('HGET', KU, uk)
if not v then return -1 end
-- The sequence first: Redis keeps a failed script's writes, so nothing
-- may be unlinked before the last way to fail.
local seq = nextseq()
if type(seq) == 'table' then return seq end
local dirty = {}
if v == 'x' then
  redis.call('HINCRBY', KM, 'done', -1)
else
  local st, od, oseq, oh, oa, ob, tm = cmsgpack.unpack(v)
  unlink(uk, st, oh, tm, dirty)
end
enqueue(uk, host, depth, seq, a, b, dm, dirty)
fixall(dirty, tonumber(ARGV[1]))
return 0
`)

	// redisSetHostNext: ARGV[2] host, ARGV[3] time or "" for none.
	redisSetHostNext = redisScript(`
local h, t = ARGV[2], ARGV[3]
local old = redis.call('HGET', KN, h)
if old then redis.call('ZREM', KW, old..h) end
if t == '' then redis.call('HDEL', KN, h) else redis.call('HSET', KN, h, t) end
fix(h, tonumber(ARGV[1]), redis.call('HGET', KM, 'clock'))
return 0
`)

	// redisRelease: ARGV[2] owner, ARGV[3…] URL keys; returns the leases
	// of owner among them to their queues.
	redisRelease = redisScript(`
local owner, dirty, n = ARGV[2], {}, 0
for i = 3, #ARGV do
  local uk = ARGV[i]
  local v = redis.call('HGET', KU, uk)
  if v and v ~= 'x' then
    local st, depth, seq, host, a, b, tm, o = cmsgpack.unpack(v)
    if st == 'l' and o == owner then
      requeue(uk, v, dirty)
      n = n + 1
    end
  end
end
fixall(dirty, tonumber(ARGV[1]))
return n
`)

	// redisClaim: ARGV[1] emitted key, ARGV[2] owner, ARGV[3] now,
	// ARGV[4] claim expiry; returns 1 when claimed.
	redisClaim = redisScript(`
local ek, owner, now, untl = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
if redis.call('SISMEMBER', P..'e', ek) == 1 then return 0 end
local c = redis.call('HGET', P..'c', ek)
if c and #c == 16 and tlt(now, string.sub(c, 9)) then return 0 end
redis.call('HSET', P..'c', ek, owner .. untl)
return 1
`)

	// redisUnclaim: ARGV[1] emitted key, ARGV[2] owner.
	redisUnclaim = redisScript(`
local c = redis.call('HGET', P..'c', ARGV[1])
if c and string.sub(c, 1, 8) == ARGV[2] then redis.call('HDEL', P..'c', ARGV[1]) end
return 0
`)

	// redisFingerprint: ARGV[1] fingerprint (8), ARGV[2] URL, ARGV[3]
	// max distance, ARGV[4…] the block values (8 each); returns {1, URL}
	// for a near duplicate, else {0} (after storing it unless the URL
	// has it already).
	redisFingerprint = redisScript(`
local function pc(x)
  x = x - bit.band(bit.rshift(x, 1), 0x55555555)
  x = bit.band(x, 0x33333333) + bit.band(bit.rshift(x, 2), 0x33333333)
  x = bit.band(x + bit.rshift(x, 4), 0x0F0F0F0F)
  x = x + bit.rshift(x, 8)
  x = x + bit.rshift(x, 16)
  return bit.band(x, 0x3f)
end
local fp, url, maxd = ARGV[1], ARGV[2], tonumber(ARGV[3])
local KF = P..'f'
local fh, fl = struct.unpack('>I4I4', fp)
local bestd, bests, bestu
local known = false
for i = 4, #ARGV do
  local lst = redis.call('HGET', P..'x'..(i - 4), ARGV[i])
  if lst then
    for off = 1, #lst - 11, 12 do
      local eh, el, es = struct.unpack('>I4I4I4', lst, off)
      local d = pc(bit.bxor(fh, eh)) + pc(bit.bxor(fl, el))
      if d <= maxd then
        local u = string.sub(redis.call('HGET', KF, es) or '', 9)
        if u == url then
          if d == 0 then known = true end
        elseif not bestd or d < bestd or (d == bestd and es < bests) then
          bestd, bests, bestu = d, es, u
        end
      end
    end
  end
end
if bestd then return {1, bestu} end
if known then return {0} end
local seq = redis.call('HINCRBY', KM, 'fpseq', 1)
if seq >= TWO32 then return redis.error_reply('store: redis: fingerprint sequence exhausted') end
redis.call('HSET', KF, seq, fp .. url)
local entry = struct.pack('>I4I4I4', fh, fl, seq)
for i = 4, #ARGV do
  local k = P..'x'..(i - 4)
  redis.call('HSET', k, ARGV[i], (redis.call('HGET', k, ARGV[i]) or '') .. entry)
end
return {0}
`)
)
