# The server side of a named node's control socket (runtime/node.h,
# docs/nodes.md). The socket's threads hand each connection's frames to a
# process as {:vial_node, Conn, Type, Payload}; Vial.Node.serve/0 (started
# by `vial run --name NODE`) takes the requests: `vial load` (F frames with
# the files, then L), `vial attach` (A) and `vial nodes` (P).
defmodule Vial.Node do
  @moduledoc false

  @doc false
  def serve do
    Process.flag(:trap_exit, true)
    serve_loop(%{})
  end

  defp serve_loop(files) do
    receive do
      {:vial_node, conn, :open, _} ->
        serve_loop(Map.put(files, conn, []))

      {:vial_node, conn, ?F, payload} ->
        file =
          case :binary.split(payload, <<0>>) do
            [path, source] -> {path, source}
            [path] -> {path, ""}
          end

        serve_loop(Map.update(files, conn, [file], &[file | &1]))

      {:vial_node, conn, ?L, _} ->
        handler = spawn(fn -> with_output(conn, fn -> load(Enum.reverse(Map.get(files, conn, []))) end) end)
        :vial_node.controlling_process(conn, handler)
        serve_loop(Map.delete(files, conn))

      {:vial_node, conn, ?P, _} ->
        handler = spawn(fn -> with_output(conn, fn -> describe() end) end)
        :vial_node.controlling_process(conn, handler)
        serve_loop(Map.delete(files, conn))

      {:vial_node, conn, ?A, payload} ->
        Vial.Node.Session.start(conn, payload == "tty")
        serve_loop(Map.delete(files, conn))

      {:vial_node, conn, :closed, _} ->
        serve_loop(Map.delete(files, conn))

      {:vial_node, conn, _, _} ->
        :vial_node.close(conn)
        serve_loop(Map.delete(files, conn))

      _ ->
        serve_loop(files)
    end
  end

  # Runs `fun` with its output (and that of the processes it starts) going
  # to the client of `conn`, then ends the request with its exit status.
  defp with_output(conn, fun) do
    io = Vial.Node.IO.start(conn, self())
    Process.group_leader(self(), io)
    Process.put(:vial_node_conn, conn)

    status =
      try do
        fun.()
      catch
        kind, reason ->
          error_output(Exception.format(kind, reason, __STACKTRACE__))
          1
      end

    Vial.Node.IO.finish(io, status)
  end

  # Text for the client's standard error.
  defp error_output(text), do: :vial_node.send(Process.get(:vial_node_conn), ?R, text)

  defp describe do
    IO.puts("node #{:vial_node.name()}: pid #{System.pid()}, #{length(Process.list())} processes")
    0
  end

  # --- vial load ------------------------------------------------------------

  # Compiles and loads `files` ([{path, source}]) in this node. GenServers
  # (and other :sys processes) whose callback module the files redefine are
  # suspended first and, once the new version is loaded, migrated with
  # :sys.change_code/4 (their code_change/3) and resumed: messages sent to
  # them meanwhile wait in their mailboxes. Prints what changed.
  @doc false
  def load(files) do
    case parse_all(files) do
      {:error, message} ->
        error_output(message)
        1

      {:ok, modules} ->
        before = Map.new(modules, &{&1, snapshot(&1)})
        upgrades = for pid <- Process.list(), pid != self(), mod = callback_module(pid), mod in modules, do: {pid, mod}
        suspended = for {pid, mod} <- upgrades, suspend(pid), do: {pid, mod}

        result =
          try do
            Enum.each(files, fn {path, source} ->
              Process.put(:vial_node_loading, path)
              module = :vial.compile_source(source, path)
              apply(module, :__FILE__, [nil])
            end)

            :ok
          catch
            kind, reason -> {:error, compile_error(Process.get(:vial_node_loading), kind, reason, __STACKTRACE__)}
          end

        case result do
          :ok ->
            Enum.each(modules, &report(&1, before[&1], snapshot(&1)))
            failed = Enum.count(suspended, fn {pid, mod} -> !upgrade(pid, mod, before[mod]) end)
            if failed == 0, do: 0, else: 1

          {:error, message} ->
            Enum.each(suspended, fn {pid, _} -> resume(pid) end)
            error_output(message)

            if suspended != [],
              do: error_output("the processes using #{Enum.map_join(modules, ", ", &inspect/1)} go on unchanged\n")
            1
        end
    end
  end

  defp parse_all(files) do
    Enum.reduce_while(files, {:ok, []}, fn {path, source}, {:ok, acc} ->
      try do
        ast = Code.string_to_quoted!(source, file: path)
        {:cont, {:ok, acc ++ Enum.reject(defined_modules(ast, nil), &(&1 in acc))}}
      rescue
        e in [SyntaxError, TokenMissingError] ->
          {:halt, {:error, compile_error(path, :error, e, [])}}
      end
    end)
  end

  # As elixirc reports a file that does not compile.
  defp compile_error(path, kind, reason, stacktrace) do
    "== Compilation error in file #{path} ==\n" <> Exception.format_banner(kind, reason, stacktrace) <> "\n"
  end

  # The modules a file's `defmodule`s define, nested ones included.
  defp defined_modules({:defmodule, _, [name, [{:do, body} | _]]}, outer) do
    module =
      case name do
        {:__aliases__, _, [head | _] = parts} when is_atom(head) and outer != nil and head != Elixir ->
          Module.concat([outer | parts])

        {:__aliases__, _, [head | _] = parts} when is_atom(head) ->
          Module.concat(parts)

        atom when is_atom(atom) ->
          atom

        _ ->
          nil
      end

    inner = defined_modules(body, module || outer)
    if module, do: [module | inner], else: inner
  end

  defp defined_modules({left, _, args}, outer) when is_list(args),
    do: defined_modules(left, outer) ++ Enum.flat_map(args, &defined_modules(&1, outer))

  defp defined_modules({left, right}, outer), do: defined_modules(left, outer) ++ defined_modules(right, outer)
  defp defined_modules(list, outer) when is_list(list), do: Enum.flat_map(list, &defined_modules(&1, outer))
  defp defined_modules(_, _), do: []

  # What a module looks like now: nil when not loaded, else its exports and
  # the version's identity.
  defp snapshot(module) do
    if :erlang.module_loaded(module) do
      exports = module.module_info(:exports) -- [__info__: 1, module_info: 0, module_info: 1]
      vsn = Keyword.get(module.module_info(:attributes), :vsn)
      %{exports: Enum.sort(exports), md5: :vial.module_md5(module), vsn: vsn}
    end
  end

  defp report(module, nil, _after), do: IO.puts("loaded #{inspect(module)} (new module)")

  defp report(module, before, after_) do
    added = after_.exports -- before.exports
    removed = before.exports -- after_.exports

    changes =
      Enum.map(added, &"+#{format_fa(&1)}") ++ Enum.map(removed, &"-#{format_fa(&1)}")

    cond do
      before.md5 == after_.md5 ->
        IO.puts("reloaded #{inspect(module)} (unchanged)")

      changes == [] ->
        IO.puts("reloaded #{inspect(module)} (new version, same exports)")

      true ->
        IO.puts("reloaded #{inspect(module)} (new version: #{Enum.join(changes, ", ")})")
    end
  end

  defp format_fa({f, a}), do: "#{f}/#{a}"

  # The callback module of an OTP process started with proc_lib
  # (GenServer, Agent, Supervisor): its $initial_call.
  defp callback_module(pid) do
    case Process.info(pid, :dictionary) do
      {:dictionary, dict} ->
        case List.keyfind(dict, :"$initial_call", 0) do
          {_, {mod, :init, 1}} when mod not in [:supervisor, Agent.Server] -> mod
          _ -> nil
        end

      _ ->
        nil
    end
  end

  defp suspend(pid) do
    try do
      :sys.suspend(pid, 5000)
      true
    catch
      :exit, _ -> false
    end
  end

  defp resume(pid) do
    try do
      :sys.resume(pid, 5000)
    catch
      :exit, _ -> :ok
    end
  end

  defp upgrade(pid, mod, before) do
    old_vsn =
      case before do
        %{vsn: [vsn | _]} -> vsn
        %{vsn: vsn} when vsn != nil -> vsn
        _ -> :undefined
      end

    result =
      try do
        :sys.change_code(pid, mod, old_vsn, [], 5000)
      catch
        :exit, reason -> {:error, {:exit, reason}}
      end

    resume(pid)

    case result do
      :ok ->
        IO.puts("upgraded #{inspect(pid)} (#{inspect(mod)}) with code_change/3")
        true

      {:error, reason} ->
        IO.puts("failed to upgrade #{inspect(pid)} (#{inspect(mod)}): #{inspect(reason)}")
        false
    end
  end
end

# The group leader of a request from a client of the control socket: output
# goes to the client as O frames (R for standard error, see
# Vial.Node.IO.stderr/0), reads ask the client for a line (G frame, answered
# with I or D). In an attached session it also relays the client's Ctrl-C
# (C frame) to the REPL server and answers completion requests (T frames).
defmodule Vial.Node.IO do
  @moduledoc false

  @doc false
  # With `kill_owner`, the owner is killed when the client goes away (an
  # attached session); without, it finishes its work (a load must resume
  # the processes it suspended) and its output goes nowhere.
  def start(conn, owner, kill_owner \\ false) do
    parent = self()

    pid =
      spawn(fn ->
        ref = Process.monitor(owner)
        send(parent, {self(), :ready})
        loop(%{conn: conn, owner: owner, ref: ref, kill_owner: kill_owner, closed: false, pending: nil, vars: [], queue: :queue.new()})
      end)

    receive do
      {^pid, :ready} -> :ok
    end

    :vial_node.controlling_process(conn, pid)
    pid
  end

  @doc false
  # Ends the request: the client exits with `status`.
  def finish(io, status) do
    ref = Process.monitor(io)
    send(io, {:finish, status})

    receive do
      {:DOWN, ^ref, _, _, _} -> status
    end
  end

  @doc false
  # Asks the client for a line (the REPL's read): {:ok, line} | :eof | :interrupt.
  def read_line(io, prompt, vars) do
    ref = Process.monitor(io)
    send(io, {:read_line, self(), ref, prompt, vars})

    receive do
      {^ref, result} ->
        Process.demonitor(ref, [:flush])
        result

      {:DOWN, ^ref, _, _, _} ->
        :eof
    end
  end

  defp loop(%{conn: conn, ref: owner_ref} = state) do
    receive do
      {:io_request, from, reply_as, request} ->
        state = io_request(request, {from, reply_as}, state)
        loop(state)

      {:read_line, from, ref, prompt, vars} ->
        loop(ask(state, {:repl, from, ref}, prompt, vars))

      {:vial_node, ^conn, ?I, line} ->
        loop(answer(state, {:ok, line}))

      {:vial_node, ^conn, ?D, _} ->
        loop(answer(state, :eof))

      {:vial_node, ^conn, ?C, _} ->
        case state.pending do
          {{:repl, _, _} = reader, _} ->
            loop(answer(%{state | pending: {reader, nil}}, :interrupt))

          _ ->
            send(state.owner, {IEx.Server, :interrupt})
            loop(state)
        end

      {:vial_node, ^conn, ?T, text} ->
        matches =
          if function_exported?(:vial_repl, :complete, 2),
            do: apply(:vial_repl, :complete, [text, state.vars]),
            else: []

        :vial_node.send(state.conn, ?M, Enum.join(matches, "\n"))
        loop(state)

      {:vial_node, ^conn, :closed, _} ->
        if state.kill_owner do
          Process.exit(state.owner, :kill)
        else
          loop(answer(%{state | closed: true}, :eof))
        end

      {:finish, status} ->
        :vial_node.send(state.conn, ?X, Integer.to_string(status))
        :vial_node.close(state.conn)

      {:DOWN, ^owner_ref, _, _, _} ->
        :vial_node.send(state.conn, ?X, "0")
        :vial_node.close(state.conn)

      _ ->
        loop(state)
    end
  end

  # A read: asked of the client at once, or queued behind the one pending.
  defp ask(%{closed: true, pending: nil} = state, reader, prompt, _vars),
    do: answer(%{state | pending: {reader, prompt}}, :eof)

  defp ask(%{pending: nil} = state, reader, prompt, vars) do
    :vial_node.send(state.conn, ?G, prompt)
    %{state | pending: {reader, prompt}, vars: vars}
  end

  defp ask(state, reader, prompt, vars),
    do: %{state | queue: :queue.in({reader, prompt, vars}, state.queue)}

  defp answer(%{pending: nil} = state, _result), do: state

  defp answer(%{pending: {reader, _}} = state, result) do
    case reader do
      {:repl, from, ref} ->
        send(from, {ref, result})

      {:io, from, reply_as, enc} ->
        reply =
          case result do
            {:ok, line} -> encode(line <> "\n", enc)
            :eof -> :eof
            :interrupt -> {:error, :interrupted}
          end

        send(from, {:io_reply, reply_as, reply})
    end

    state = %{state | pending: nil}

    case :queue.out(state.queue) do
      {{:value, {next, prompt, vars}}, queue} -> ask(%{state | queue: queue}, next, prompt, vars)
      {:empty, _} -> state
    end
  end

  defp encode(line, :latin1), do: :erlang.list_to_binary(:unicode.characters_to_list(line))
  defp encode(line, _), do: line

  defp io_request({:put_chars, enc, chars}, {from, reply_as}, state) do
    send(from, {:io_reply, reply_as, put_chars(state, enc, chars)})
    state
  end

  defp io_request({:put_chars, chars}, from, state), do: io_request({:put_chars, :latin1, chars}, from, state)

  defp io_request({:put_chars, enc, m, f, a}, from, state) do
    chars =
      try do
        apply(m, f, a)
      catch
        _, _ -> nil
      end

    if chars, do: io_request({:put_chars, enc, chars}, from, state), else: reply(from, {:error, :put_chars}, state)
  end

  defp io_request({:get_line, enc, prompt}, {from, reply_as}, state),
    do: ask(state, {:io, from, reply_as, enc}, prompt_text(prompt), state.vars)

  defp io_request({:get_line, prompt}, from, state), do: io_request({:get_line, :latin1, prompt}, from, state)

  defp io_request({:get_chars, enc, prompt, _n}, from, state),
    do: io_request({:get_line, enc, prompt}, from, state)

  defp io_request({:get_until, enc, prompt, _m, _f, _a}, from, state),
    do: io_request({:get_line, enc, prompt}, from, state)

  defp io_request({:setopts, _}, from, state), do: reply(from, :ok, state)
  defp io_request(:getopts, from, state), do: reply(from, [binary: true, encoding: :unicode], state)
  defp io_request({:get_geometry, _}, from, state), do: reply(from, {:error, :enotsup}, state)

  defp io_request({:requests, requests}, {from, reply_as}, state) do
    # Each request is answered here in turn; only the last reply is sent.
    result =
      Enum.reduce(requests, :ok, fn
        {:put_chars, enc, chars}, :ok -> put_chars(state, enc, chars)
        {:put_chars, chars}, :ok -> put_chars(state, :latin1, chars)
        _, acc -> acc
      end)

    send(from, {:io_reply, reply_as, result})
    state
  end

  defp io_request(_, from, state), do: reply(from, {:error, :request}, state)

  defp reply({from, reply_as}, reply, state) do
    send(from, {:io_reply, reply_as, reply})
    state
  end

  defp prompt_text(prompt) do
    try do
      IO.chardata_to_string(prompt)
    rescue
      _ -> ""
    end
  end

  defp put_chars(state, enc, chars) do
    bytes =
      try do
        case enc do
          :latin1 -> :erlang.iolist_to_binary(chars)
          _ -> IO.chardata_to_string(chars)
        end
      rescue
        _ -> nil
      end

    if bytes == nil do
      {:error, :put_chars}
    else
      # Once the client is gone, what is written goes nowhere.
      _ = :vial_node.send(state.conn, ?O, bytes)
      :ok
    end
  end
end

# `vial attach`: a REPL (IEx.Server) in this node whose input and output are
# the client's terminal.
defmodule Vial.Node.Session do
  @moduledoc false

  @doc false
  def start(conn, colors?) do
    spawn(fn ->
      io = Vial.Node.IO.start(conn, self(), true)
      Process.group_leader(self(), io)

      IEx.Server.run(
        read: fn prompt, vars -> Vial.Node.IO.read_line(io, prompt, vars) end,
        on_entry: fn entry -> :vial_node.send(conn, ?Y, entry) end,
        colors: colors?,
        banner: true
      )

      Vial.Node.IO.finish(io, 0)
    end)
  end
end
