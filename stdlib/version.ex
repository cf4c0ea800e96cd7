# Version: semantic versions and requirements, as Elixir 1.14's. A parsed
# version is compared as the tuple {major, minor, patch, pre, allow_pre}; a
# requirement keeps its source and the lexed form [op, version, :and | :or,
# op, version, ...] (Elixir's shapes, which a struct inspected with
# structs: false shows).
defmodule Version do
  @enforce_keys [:major, :minor, :patch]
  @derive {Inspect, optional: [:pre, :build]}
  defstruct [:major, :minor, :patch, pre: [], build: nil]

  defmodule Requirement do
    defstruct [:source, :lexed]

    @doc false
    def new(source, lexed), do: %__MODULE__{source: source, lexed: lexed}

    @doc false
    def compile_requirement(%__MODULE__{} = requirement), do: requirement

    @doc false
    def match?(%__MODULE__{lexed: [op, req | rest]}, version),
      do: match_rest(rest, version, op_matches?(op, req, version))

    defp match_rest([:and, op, req | rest], version, acc),
      do: match_rest(rest, version, acc and op_matches?(op, req, version))

    defp match_rest([:or, op, req | rest], version, acc),
      do: acc or match_rest(rest, version, op_matches?(op, req, version))

    defp match_rest([], _version, acc), do: acc

    defp op_matches?(:==, req, version), do: Version.__compare__(version, req) == :eq
    defp op_matches?(:!=, req, version), do: Version.__compare__(version, req) != :eq
    defp op_matches?(:<, req, version), do: Version.__compare__(version, req) == :lt
    defp op_matches?(:<=, req, version), do: Version.__compare__(version, req) != :gt

    defp op_matches?(:>, {_, _, _, req_pre, _} = req, version),
      do: Version.__compare__(version, req) == :gt and pre_allowed?(req_pre, version)

    defp op_matches?(:>=, {_, _, _, req_pre, _} = req, version),
      do: Version.__compare__(version, req) != :lt and pre_allowed?(req_pre, version)

    # ~> 2.1 is >= 2.1.0 and < 3.0.0-0; ~> 2.1.3 is >= 2.1.3 and < 2.2.0-0.
    defp op_matches?(:~>, {major, minor, nil, req_pre, _}, version) do
      Version.__compare__(version, {major, minor, 0, req_pre, nil}) != :lt and
        Version.__compare__(version, {major + 1, 0, 0, [0], nil}) == :lt and
        pre_allowed?(req_pre, version)
    end

    defp op_matches?(:~>, {major, minor, _, req_pre, _} = req, version) do
      Version.__compare__(version, req) != :lt and
        Version.__compare__(version, {major, minor + 1, 0, [0], nil}) == :lt and
        pre_allowed?(req_pre, version)
    end

    defp pre_allowed?(req_pre, {_, _, _, pre, allow_pre}),
      do: allow_pre or req_pre != [] or pre == []
  end

  defmodule InvalidRequirementError do
    defexception [:requirement]

    @impl true
    def exception(requirement) when is_binary(requirement), do: %__MODULE__{requirement: requirement}

    @impl true
    def message(%{requirement: requirement}), do: "invalid requirement: #{inspect(requirement)}"
  end

  defmodule InvalidVersionError do
    defexception [:version]

    @impl true
    def exception(version) when is_binary(version), do: %__MODULE__{version: version}

    @impl true
    def message(%{version: version}), do: "invalid version: #{inspect(version)}"
  end

  def match?(version, requirement, opts \\ [])

  def match?(version, requirement, opts) when is_binary(requirement),
    do: match?(version, parse_requirement!(requirement), opts)

  def match?(version, requirement, opts) do
    allow_pre = Keyword.get(opts, :allow_pre, true)
    Requirement.match?(requirement, matchable(version, allow_pre))
  end

  def compare(version1, version2),
    do: __compare__(matchable(version1, true), matchable(version2, true))

  @doc false
  # Build metadata never counts; a version with a pre-release sorts before
  # the same version without one, and pre-release lists compare as terms
  # (numbers before strings).
  def __compare__({ma1, mi1, pa1, pre1, _}, {ma2, mi2, pa2, pre2, _}) do
    case order({ma1, mi1, pa1}, {ma2, mi2, pa2}) do
      :eq ->
        cond do
          pre1 == pre2 -> :eq
          pre1 == [] -> :gt
          pre2 == [] -> :lt
          true -> order(pre1, pre2)
        end

      other ->
        other
    end
  end

  defp order(a, b) when a > b, do: :gt
  defp order(a, b) when a < b, do: :lt
  defp order(_, _), do: :eq

  def parse(string) when is_binary(string) do
    case Version.Parser.parse_version(string) do
      {:ok, {major, minor, patch, pre, build_parts}} ->
        build = if build_parts != [], do: Enum.join(build_parts, ".")
        {:ok, %Version{major: major, minor: minor, patch: patch, pre: pre, build: build}}

      :error ->
        :error
    end
  end

  def parse!(string) when is_binary(string) do
    case parse(string) do
      {:ok, version} -> version
      :error -> raise InvalidVersionError, string
    end
  end

  def parse_requirement(string) when is_binary(string) do
    case Version.Parser.parse_requirement(string) do
      {:ok, lexed} -> {:ok, Requirement.new(string, lexed)}
      :error -> :error
    end
  end

  def parse_requirement!(string) when is_binary(string) do
    case parse_requirement(string) do
      {:ok, requirement} -> requirement
      :error -> raise InvalidRequirementError, string
    end
  end

  defdelegate compile_requirement(requirement), to: Requirement

  defp matchable(%Version{major: major, minor: minor, patch: patch, pre: pre}, allow_pre),
    do: {major, minor, patch, pre, allow_pre}

  defp matchable(string, allow_pre) do
    case Version.Parser.parse_version(string) do
      {:ok, {major, minor, patch, pre, _build}} -> {major, minor, patch, pre, allow_pre}
      :error -> raise InvalidVersionError, string
    end
  end

  def to_string(%Version{} = version) do
    pre =
      case version.pre do
        [] -> ""
        parts -> "-" <> Enum.map_join(parts, ".", &part_to_string/1)
      end

    build = if version.build, do: "+" <> version.build, else: ""
    "#{version.major}.#{version.minor}.#{version.patch}#{pre}#{build}"
  end

  defp part_to_string(part) when is_integer(part), do: Integer.to_string(part)
  defp part_to_string(part) when is_binary(part), do: part

  defmodule Parser do
    @moduledoc false

    # The lexer reads the requirement from the left and returns its tokens
    # last first: operators as atoms, versions as strings; a version with no
    # operator in front gets :==.
    def lexer(string), do: lex(string, "", [])

    @operators [
      {">=", :>=},
      {"<=", :<=},
      {"~>", :~>},
      {">", :>},
      {"<", :<},
      {"==", :==},
      {" or ", :or},
      {" and ", :and}
    ]

    for {text, op} <- @operators do
      defp lex(unquote(text) <> rest, buffer, acc),
        do: lex(rest, "", [unquote(op) | flush(buffer, acc)])
    end

    defp lex("!=" <> rest, buffer, acc) do
      IO.warn("!= inside Version requirements is deprecated, use ~> or >= instead")
      lex(rest, "", [:!= | flush(buffer, acc)])
    end

    defp lex("!" <> rest, buffer, acc) do
      IO.warn("! inside Version requirements is deprecated, use ~> or >= instead")
      lex(rest, "", [:!= | flush(buffer, acc)])
    end

    defp lex(" " <> rest, buffer, acc), do: lex(rest, "", flush(buffer, acc))
    defp lex(<<c::utf8, rest::binary>>, buffer, acc), do: lex(rest, <<buffer::binary, c::utf8>>, acc)
    defp lex(<<>>, buffer, acc), do: flush(buffer, acc)

    defp flush("", acc), do: acc

    defp flush(buffer, [last | _] = acc) when is_atom(last) and last not in [:and, :or],
      do: [buffer | acc]

    defp flush(buffer, acc), do: [buffer, :== | acc]

    def parse_requirement(source), do: unlex(lexer(source), [])

    defp unlex([version, op, conj | rest], acc)
         when is_binary(version) and is_atom(op) and conj in [:or, :and] do
      with {:ok, version} <- requirement_version(op, version),
           do: unlex(rest, [conj, op, version | acc])
    end

    defp unlex([version, op], acc) when is_binary(version) and is_atom(op) do
      with {:ok, version} <- requirement_version(op, version), do: {:ok, [op, version | acc]}
    end

    defp unlex(_rest, _acc), do: :error

    # Only ~> may leave the patch out.
    defp requirement_version(op, version) do
      case parse_version(version, true) do
        {:ok, version} when op == :~> -> {:ok, version}
        {:ok, {_, _, patch, _, _} = version} when is_integer(patch) -> {:ok, version}
        _ -> :error
      end
    end

    def parse_version(string, approximate? \\ false) when is_binary(string) do
      {core_pre, build} = split_once(string, "+")
      {core, pre} = split_once(core_pre, "-")

      with [major, minor | patch_rest] when length(patch_rest) <= 1 <- String.split(core, "."),
           {:ok, major} <- number(major),
           {:ok, minor} <- number(minor),
           {:ok, patch} <- patch(patch_rest, approximate?),
           {:ok, pre_parts} <- identifiers(pre),
           {:ok, pre_parts} <- pre_numbers(pre_parts, []),
           {:ok, build_parts} <- identifiers(build) do
        {:ok, {major, minor, patch, pre_parts, build_parts}}
      else
        _ -> :error
      end
    end

    defp split_once(string, sep) do
      case String.split(string, sep, parts: 2) do
        [a, b] -> {a, b}
        [a] -> {a, nil}
      end
    end

    defp patch([], true), do: {:ok, nil}
    defp patch([], false), do: :error
    defp patch([p], _), do: number(p)

    defp number(<<?0, _, _::binary>>), do: :error
    defp number(string), do: digits(string)

    defp digits(""), do: :error

    defp digits(string) do
      if all_digits?(string), do: {:ok, String.to_integer(string)}, else: :error
    end

    defp all_digits?(<<c, rest::binary>>) when c in ?0..?9, do: all_digits?(rest)
    defp all_digits?(<<>>), do: true
    defp all_digits?(_), do: false

    defp identifiers(nil), do: {:ok, []}

    defp identifiers(string) do
      parts = String.split(string, ".")
      if Enum.all?(parts, &(&1 != "" and identifier?(&1))), do: {:ok, parts}, else: :error
    end

    # A numeric pre-release part is a number (no leading zeros); others stay strings.
    defp pre_numbers([part | rest], acc) do
      case digits(part) do
        {:ok, n} ->
          case part do
            <<?0, _, _::binary>> -> :error
            _ -> pre_numbers(rest, [n | acc])
          end

        :error ->
          pre_numbers(rest, [part | acc])
      end
    end

    defp pre_numbers([], acc), do: {:ok, Enum.reverse(acc)}

    defp identifier?(<<c, rest::binary>>)
         when c in ?0..?9 or c in ?a..?z or c in ?A..?Z or c == ?-,
         do: identifier?(rest)

    defp identifier?(<<>>), do: true
    defp identifier?(_), do: false
  end
end

defimpl String.Chars, for: Version do
  defdelegate to_string(version), to: Version
end

defimpl String.Chars, for: Version.Requirement do
  def to_string(%Version.Requirement{source: source}), do: source
end

defimpl Inspect, for: Version.Requirement do
  def inspect(%Version.Requirement{source: source}, opts) do
    colorized = Inspect.Algebra.color("\"" <> source <> "\"", :string, opts)
    Inspect.Algebra.concat(["Version.parse_requirement!(", colorized, ")"])
  end
end
