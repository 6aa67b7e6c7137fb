-- The Pacta language server in Neovim's own LSP client (0.7 APIs only: Debian bookworm's nvim).
-- Started by run.mjs: nvim --headless -u NONE -i NONE -n -c "luafile check.lua", with
--   PACTA_NODE, PACTA_SERVER   node and apps/vscode/dist/server.js (started with --stdio)
--   PACTA_FOLDER               a copy of examples/critical-minerals-2026 plus broken.pacta
--   PACTA_FMT_EXPECTED         the `pacta fmt` layout of the messy us-mexico.pacta in the folder
-- Prints `PASS name` / `FAIL name: why` on stdout and quits with 0, or 1 when a check failed.
-- The waits are hang guards, generous on a busy machine; nothing asserts how long anything takes.

local WAIT_MS = 60000
local node, server, folder = os.getenv('PACTA_NODE'), os.getenv('PACTA_SERVER'), os.getenv('PACTA_FOLDER')
local failed = 0

local function say(line)
  io.stdout:write(line .. '\n')
  io.stdout:flush()
end

local function check(name, fn)
  local ok, err = pcall(fn)
  if ok then
    say('PASS ' .. name)
  else
    failed = failed + 1
    say('FAIL ' .. name .. ': ' .. tostring(err):gsub('\n', ' '))
  end
end

local function read_file(path)
  local f = assert(io.open(path, 'rb'))
  local text = f:read('*a')
  f:close()
  return text
end

-- *.pacta buffers get the filetype the client's didOpen sends as languageId.
vim.cmd('autocmd BufRead,BufNewFile *.pacta setfiletype pacta')

local client_id = vim.lsp.start_client({
  name = 'pacta',
  cmd = { node, server, '--stdio' },
  root_dir = folder,
  workspace_folders = { { uri = vim.uri_from_fname(folder), name = 'pacta' } },
})
if not client_id then
  say('FAIL start the server: vim.lsp.start_client returned nil')
  vim.cmd('cquit')
end
local client = vim.lsp.get_client_by_id(client_id)

-- Opens a file of the folder in a buffer attached to the client; `lines` replaces its text (not saved).
local function open(name, lines)
  vim.cmd('edit ' .. vim.fn.fnameescape(folder .. '/' .. name))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'pacta'
  if lines then vim.api.nvim_buf_set_lines(bufnr, 0, -1, false, lines) end
  assert(vim.lsp.buf_attach_client(bufnr, client_id), 'buf_attach_client failed')
  return bufnr
end

local function request(method, params, bufnr)
  local response, err = client.request_sync(method, params, WAIT_MS, bufnr)
  assert(response, method .. ': no response (' .. tostring(err) .. ')')
  assert(not response.err, method .. ': ' .. vim.inspect(response.err))
  return response.result
end

-- The LSP code: 0.7 keeps it in user_data.lsp, later versions also as `code`.
local function code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

check('diagnostic pacta/unresolved-reference on the unknown party (broken.pacta:3:17)', function()
  local bufnr = open('broken.pacta')
  local found
  vim.wait(WAIT_MS, function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if code_of(d) == 'pacta/unresolved-reference' then found = d end
    end
    return found ~= nil
  end, 100)
  local got = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    got[#got + 1] = string.format('%d:%d %s %s', d.lnum + 1, d.col + 1, tostring(code_of(d)), d.message)
  end
  assert(found, 'no pacta/unresolved-reference; got: ' .. (#got > 0 and table.concat(got, '; ') or 'nothing'))
  assert(found.lnum == 2 and found.col == 16, 'at ' .. (found.lnum + 1) .. ':' .. (found.col + 1) .. ', not 3:17')
  assert(found.message:find('ZZ', 1, true), 'message does not name ZZ: ' .. found.message)
end)

check('hover on the MoU deadline shows 2026-03-06', function()
  local bufnr = open('eu-us-japan.pacta')
  local line, col
  for i, text in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local at = text:find('due within 30 days after announced', 1, true)
    if at then line, col = i - 1, at + 3 end -- on `within`, 0-based
  end
  assert(line, 'the MoU deadline is not in eu-us-japan.pacta')
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = line, character = col } }
  local result = request('textDocument/hover', params, bufnr)
  assert(result and result.contents, 'no hover at ' .. (line + 1) .. ':' .. (col + 1))
  local text = vim.inspect(result.contents)
  assert(text:find('2026-03-06', 1, true), 'hover does not contain 2026-03-06: ' .. text)
end)

check('completion after `parties ` offers US and JP', function()
  local bufnr = open('completion-probe.pacta', { 'agreement probe "Probe" {', '    parties ', '}' })
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = 1, character = 12 } }
  local result = request('textDocument/completion', params, bufnr)
  local items = (result and result.items) or result or {}
  local labels = {}
  for _, item in ipairs(items) do labels[item.label] = true end
  local names = vim.tbl_keys(labels)
  table.sort(names)
  assert(labels.US and labels.JP, 'no US and JP among ' .. #names .. ' items: ' .. table.concat(names, ', '))
end)

check('formatting gives the pacta fmt layout', function()
  local bufnr = open('us-mexico.pacta')
  local before = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n') .. '\n'
  local expected = read_file(os.getenv('PACTA_FMT_EXPECTED'))
  assert(before ~= expected, 'the messy file is already formatted')
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, options = { tabSize = 4, insertSpaces = true } }
  local edits = request('textDocument/formatting', params, bufnr)
  assert(edits and #edits > 0, 'no edits')
  vim.lsp.util.apply_text_edits(edits, bufnr, client.offset_encoding)
  local after = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n') .. '\n'
  if after ~= expected then
    local out = folder .. '/formatted-by-nvim.txt'
    local f = io.open(out, 'wb')
    if f then f:write(after) f:close() end
    error(#edits .. ' edits do not give the expected text (result in ' .. out .. ')')
  end
end)

check('pacta/deadlines with today 2026-03-10 lists 2026-03-06', function()
  local result = request('pacta/deadlines', { today = '2026-03-10' }, vim.api.nvim_get_current_buf())
  assert(result and result.deadlines, 'no deadlines in ' .. vim.inspect(result))
  assert(result.today == '2026-03-10', 'today is ' .. tostring(result.today))
  local dates = {}
  for _, item in ipairs(result.deadlines) do
    if item.date == '2026-03-06' then dates[#dates + 1] = item.id end
  end
  assert(#dates > 0, 'no 2026-03-06 among ' .. #result.deadlines .. ' deadlines')
end)

vim.lsp.stop_client(client_id)
vim.wait(5000, function() return client.is_stopped() end, 50)
if failed > 0 then vim.cmd('cquit') else vim.cmd('qall!') end
