# `vial test [options] [paths]` (tools/main.cpp runs ExUnit.CLI.main/1 with
# the arguments): loads the --require files, then each test file, and runs
# the test modules they defined. Exit status: 0 when no test failed, 2
# otherwise (as `mix test` and `elixir` with ExUnit.start/0 end), 1 for a
# bad command line. docs/exunit.md.
defmodule ExUnit.CLI do
  def main(argv) do
    Process.put(:ex_unit_load_started, System.monotonic_time(:microsecond))

    case parse(argv, %{requires: [], paths: [], opts: [], include: [], exclude: []}) do
      {:ok, parsed} ->
        run(parsed)

      {:error, message} ->
        IO.puts(:stderr, "vial test: " <> message)
        System.halt(1)
    end
  end

  defp parse([], acc), do: {:ok, acc}
  defp parse(["--require", file | rest], acc), do: parse(rest, %{acc | requires: acc.requires ++ [file]})
  defp parse(["-r", file | rest], acc), do: parse(rest, %{acc | requires: acc.requires ++ [file]})

  defp parse(["--seed", seed | rest], acc) do
    case Integer.parse(seed) do
      {n, ""} when n >= 0 -> parse(rest, %{acc | opts: Keyword.put(acc.opts, :seed, n)})
      _ -> {:error, "--seed needs a non-negative integer, got: #{seed}"}
    end
  end

  defp parse(["--max-failures", n | rest], acc) do
    case Integer.parse(n) do
      {n, ""} when n > 0 -> parse(rest, %{acc | opts: Keyword.put(acc.opts, :max_failures, n)})
      _ -> {:error, "--max-failures needs a positive integer, got: #{n}"}
    end
  end

  defp parse(["--timeout", n | rest], acc) do
    case Integer.parse(n) do
      {n, ""} when n > 0 -> parse(rest, %{acc | opts: Keyword.put(acc.opts, :timeout, n)})
      _ -> {:error, "--timeout needs a positive integer, got: #{n}"}
    end
  end

  defp parse(["--trace" | rest], acc), do: parse(rest, %{acc | opts: Keyword.put(acc.opts, :trace, true)})

  defp parse(["--only", tag | rest], acc),
    do: parse(rest, %{acc | include: acc.include ++ [tag], exclude: Enum.uniq(acc.exclude ++ ["test"])})

  defp parse(["--include", tag | rest], acc), do: parse(rest, %{acc | include: acc.include ++ [tag]})
  defp parse(["--exclude", tag | rest], acc), do: parse(rest, %{acc | exclude: acc.exclude ++ [tag]})

  defp parse([<<"-", _::binary>> = option | _], _acc), do: {:error, "unknown option #{option}"}
  defp parse([path | rest], acc), do: parse(rest, %{acc | paths: acc.paths ++ [path]})

  defp run(parsed) do
    paths = if parsed.paths == [], do: ["test"], else: parsed.paths

    files =
      Enum.flat_map(paths, fn path ->
        cond do
          File.dir?(path) -> test_files(path)
          File.regular?(path) -> [path]
          true -> fail("no such file or folder: #{path}")
        end
      end)

    Enum.each(parsed.requires, fn file ->
      unless File.regular?(file), do: fail("cannot read #{file}")
      Code.require_file(file)
    end)

    take_new_modules()
    modules = Enum.flat_map(files, fn file -> Code.require_file(file) || [] end)
    _ = modules

    include = ExUnit.Filters.parse(parsed.include)
    exclude = ExUnit.Filters.parse(parsed.exclude)
    config = ExUnit.configuration()

    config =
      config
      |> Keyword.merge(parsed.opts)
      |> Keyword.put(:include, Keyword.get(config, :include, []) ++ include)
      |> Keyword.put(:exclude, Keyword.get(config, :exclude, []) ++ exclude)

    ExUnit.configure(config)
    %{failures: failures, invalid: invalid} = ExUnit.Runner.run(take_new_modules(), config)
    System.halt(if failures + invalid > 0, do: 2, else: 0)
  end

  defp fail(message) do
    IO.puts(:stderr, "vial test: " <> message)
    System.halt(1)
  end

  # The *_test.exs files under `dir`, sorted.
  defp test_files(dir) do
    dir
    |> File.ls!()
    |> Enum.sort()
    |> Enum.flat_map(fn name ->
      path = if String.ends_with?(dir, "/"), do: dir <> name, else: dir <> "/" <> name

      cond do
        File.dir?(path) -> test_files(path)
        String.ends_with?(name, "_test.exs") -> [path]
        true -> []
      end
    end)
  end

  @doc false
  # The test modules defined since the last call.
  def take_new_modules do
    mark = Process.get(:ex_unit_module_mark) || 0
    {next, defined} = :vial.defined_modules(mark)
    Process.put(:ex_unit_module_mark, next)
    for {mod, _file} <- defined, :erlang.function_exported(mod, :__ex_unit__, 0), do: mod
  end
end
