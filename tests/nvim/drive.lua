-- Drives irlens from headless Neovim 0.7 (vim.lsp.start_client + vim.lsp.buf_attach_client; no
-- vim.lsp.start before 0.8). Paths come from the environment; results go to a JSON file the test reads.
local out_path = os.getenv("IRLENS_NVIM_OUT")
local good_path = os.getenv("IRLENS_NVIM_GOOD")
local broken_path = os.getenv("IRLENS_NVIM_BROKEN")
local python = os.getenv("IRLENS_NVIM_PYTHON")
local hover_line = tonumber(os.getenv("IRLENS_NVIM_LINE"))
local result = { steps = {} }

local function finish()
  local file = io.open(out_path, "w")
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd("qall!")
end

local function run()
  local client_id = vim.lsp.start_client({
    name = "irlens",
    cmd = { python, "-m", "irlens", "serve" },
    root_dir = vim.fn.fnamemodify(good_path, ":h"),
    init_options = { modelEnabled = false, debounceMs = 50 },
  })
  assert(client_id, "start_client failed")

  -- 1. diagnostics for the broken copy
  vim.cmd("edit " .. broken_path)
  local broken_buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(broken_buf, client_id)
  vim.wait(60000, function() return #vim.diagnostic.get(broken_buf) > 0 end, 100)
  local diagnostics = vim.diagnostic.get(broken_buf)
  result.diagnostics = {}
  for _, d in ipairs(diagnostics) do
    table.insert(result.diagnostics, { lnum = d.lnum, col = d.col, message = d.message })
  end
  table.insert(result.steps, "diagnostics")

  -- 2. hover with sizes on the good copy
  vim.cmd("edit " .. good_path)
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, client_id)
  local uri = vim.uri_from_bufnr(buf)
  local hover_text = ""
  vim.wait(120000, function()
    local responses = vim.lsp.buf_request_sync(buf, "textDocument/hover", {
      textDocument = { uri = uri }, position = { line = hover_line, character = 4 } }, 10000) or {}
    for _, response in pairs(responses) do
      if response.result and response.result.contents then
        hover_text = response.result.contents.value or ""
      end
    end
    return hover_text:find("-Oz:", 1, true) ~= nil and hover_text:find("bytes (llc -O2)", 1, true) ~= nil
  end, 500)
  result.hover = hover_text
  table.insert(result.steps, "hover")

  -- 3. the optimize code action, applied, then the buffer written
  local action = nil
  vim.wait(180000, function()
    local responses = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", {
      textDocument = { uri = uri },
      range = { start = { line = hover_line, character = 4 }, ["end"] = { line = hover_line, character = 4 } },
      context = { diagnostics = {} } }, 30000) or {}
    for _, response in pairs(responses) do
      for _, candidate in ipairs(response.result or {}) do
        if candidate.title:find("^Optimize @") and candidate.edit then action = candidate end
      end
    end
    return action ~= nil
  end, 500)
  assert(action, "no optimize action was offered")
  result.action = action.title
  vim.lsp.util.apply_workspace_edit(action.edit, "utf-16")
  vim.cmd("write")
  table.insert(result.steps, "applied")
  vim.lsp.stop_client(client_id)
end

local ok, err = pcall(run)
if not ok then result.error = tostring(err) end
finish()
