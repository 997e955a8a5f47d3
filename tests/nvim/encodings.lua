-- Drives irlens from headless Neovim 0.10+, which offers general.positionEncodings utf-8 first: edits
-- lines with é and 😀 (Neovim sends byte columns), reads the diagnostics of an error after them, then
-- applies the optimize action's WorkspaceEdit (the server's whole copy of the text) to the buffer.
-- Paths come from the environment; results go to a JSON file the test reads.
local out_path = os.getenv("IRLENS_NVIM_OUT")
local path = os.getenv("IRLENS_NVIM_FILE")
local python = os.getenv("IRLENS_NVIM_PYTHON")
local optimize_line = tonumber(os.getenv("IRLENS_NVIM_LINE"))
local result = { steps = {} }

local function finish()
  local file = io.open(out_path, "w")
  file:write(vim.json.encode(result))
  file:close()
  vim.cmd("qall!")
end

-- Replaces the first `old` on 0-based `line` by `new`, as a user's edit (byte columns, like Neovim's).
local function replace(buf, line, old, new)
  local text = vim.api.nvim_buf_get_lines(buf, line, line + 1, true)[1]
  local at = assert(text:find(old, 1, true), old .. " not on line " .. line) - 1
  vim.api.nvim_buf_set_text(buf, line, at, line, at + #old, { new })
end

local function run()
  vim.cmd("edit " .. path)
  local buf = vim.api.nvim_get_current_buf()
  local client_id = assert(vim.lsp.start({
    name = "irlens",
    cmd = { python, "-m", "irlens", "serve" },
    root_dir = vim.fn.fnamemodify(path, ":h"),
    init_options = { modelEnabled = false, debounceMs = 50, maxCandidates = 2 },
  }))
  local client = assert(vim.lsp.get_client_by_id(client_id))
  assert(vim.wait(60000, function() return client.initialized end, 50), "not initialized")
  result.offset_encoding = client.offset_encoding
  table.insert(result.steps, "initialized")

  -- The issue's line with é: "résumé " deleted; an error after é and 😀 on the global's line.
  local global_line = tonumber(os.getenv("IRLENS_NVIM_GLOBAL_LINE"))
  replace(buf, 0, "résumé ", "")
  replace(buf, 1, "FINAL", "FINAL really")
  replace(buf, global_line, "i32 7", "i32 %bad")
  assert(vim.wait(60000, function() return #vim.diagnostic.get(buf) > 0 end, 100), "no diagnostics")
  result.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(result.diagnostics, { lnum = d.lnum, col = d.col, end_col = d.end_col, message = d.message })
  end
  table.insert(result.steps, "diagnostics")

  -- Fixed again: the server's copy is valid IR once more, so the diagnostics clear.
  replace(buf, global_line, "i32 %bad", "i32 7")
  assert(vim.wait(60000, function() return #vim.diagnostic.get(buf) == 0 end, 100), "diagnostics stayed")
  table.insert(result.steps, "cleared")

  local action = nil
  vim.wait(120000, function()
    local responses = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", {
      textDocument = { uri = vim.uri_from_bufnr(buf) },
      range = { start = { line = optimize_line, character = 2 }, ["end"] = { line = optimize_line, character = 2 } },
      context = { diagnostics = {} } }, 30000) or {}
    for _, response in pairs(responses) do
      for _, candidate in ipairs(response.result or {}) do
        if candidate.title:find("^Optimize @sum_array") and candidate.edit then action = candidate end
      end
    end
    return action ~= nil
  end, 300)
  assert(action, "no optimize action was offered")
  vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
  result.lines = vim.api.nvim_buf_get_lines(buf, 0, -1, true)
  table.insert(result.steps, "applied")
  client:stop()
end

local ok, err = pcall(run)
if not ok then result.error = tostring(err) end
finish()
