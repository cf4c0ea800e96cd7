# Macro.Env: the struct __ENV__ and __CALLER__ are (compiler/macros.cpp
# builds them with these fields) and the functions that read it.
defmodule Macro.Env do
  defstruct aliases: [],
            context: nil,
            context_modules: [],
            file: "nofile",
            function: nil,
            functions: [],
            lexical_tracker: nil,
            line: 0,
            macro_aliases: [],
            macros: [],
            module: nil,
            requires: [],
            tracers: [],
            versioned_vars: %{}

  def in_match?(%{__struct__: Macro.Env, context: context}), do: context == :match
  def in_guard?(%{__struct__: Macro.Env, context: context}), do: context == :guard

  def location(%{__struct__: Macro.Env, file: file, line: line}), do: [file: file, line: line]

  def stacktrace(%{__struct__: Macro.Env} = env) do
    cond do
      is_nil(env.module) -> [{:elixir_compiler, :__FILE__, 1, location(env)}]
      is_nil(env.function) -> [{env.module, :__MODULE__, 0, location(env)}]
      true -> [{env.module, elem(env.function, 0), elem(env.function, 1), location(env)}]
    end
  end
end
