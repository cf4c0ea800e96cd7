defmodule Validator do
  defmacro __using__(_opts) do
    quote do
      import Validator, only: [validate: 2]
      Module.register_attribute(__MODULE__, :rules, accumulate: true)
      @before_compile Validator
    end
  end

  defmacro validate(field, rules) do
    quote do
      @rules {unquote(field), unquote(rules)}
    end
  end

  defmacro __before_compile__(env) do
    rules = Module.get_attribute(env.module, :rules) |> Enum.reverse()
    quote do
      def rules, do: unquote(Macro.escape(rules))
      def valid?(data), do: errors(data) == []
      def errors(data) do
        Enum.flat_map(rules(), fn {field, checks} ->
          value = Map.get(data, field)
          Enum.flat_map(checks, fn check -> Validator.check(field, value, check) end)
        end)
      end
    end
  end

  def check(field, nil, {:required, true}), do: ["#{field} is required"]
  def check(_field, _v, {:required, _}), do: []
  def check(field, v, {:min_length, n}) when is_binary(v) and byte_size(v) < n, do: ["#{field} must be at least #{n} chars"]
  def check(field, v, {:max, n}) when is_number(v) and v > n, do: ["#{field} must be <= #{n}"]
  def check(_, _, _), do: []
end

defmodule UserSchema do
  use Validator
  validate :name, required: true, min_length: 3
  validate :age, required: true, max: 150
end

IO.inspect(UserSchema.rules())
IO.inspect(UserSchema.errors(%{name: "Al", age: 200}))
IO.inspect(UserSchema.errors(%{}))
IO.inspect(UserSchema.valid?(%{name: "Alice", age: 30}))

defmodule Unless do
  defmacro my_unless(cond, do: block) do
    quote do
      if !unquote(cond), do: unquote(block)
    end
  end

  defmacro times(n, do: body) do
    quote do
      Enum.each(1..unquote(n), fn _ -> unquote(body) end)
    end
  end
end

defmodule UseIt do
  require Unless
  def go do
    Unless.my_unless 1 > 2 do
      IO.puts("math works")
    end
    Unless.times 3, do: IO.write("x")
    IO.puts("")
    IO.inspect(Macro.to_string(quote(do: 1 + 2 * x)))
  end
end
UseIt.go()
