-- Spreads wrk's requests over the logged-in sessions listed in the file named by the FABRIK_COOKIES environment
-- variable (one JSESSIONID per line): 32 connections behave like 32 users, not one user with 32 tabs.
local cookies = {}
for line in io.lines(os.getenv("FABRIK_COOKIES")) do
    cookies[#cookies + 1] = line
end
local counter = 0

request = function()
    counter = counter + 1
    return wrk.format(nil, nil, { Cookie = "JSESSIONID=" .. cookies[(counter % #cookies) + 1] })
end
