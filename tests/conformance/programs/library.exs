defmodule Library do
  defmodule Book do
    defstruct [:isbn, :title, :author, :year, available: true]
  end

  defmodule Error do
    defexception [:reason, :isbn]
    def message(%{reason: :not_found, isbn: i}), do: "book #{i} not found"
    def message(%{reason: :unavailable, isbn: i}), do: "book #{i} is checked out"
  end

  def new(books), do: Map.new(books, &{&1.isbn, &1})

  def checkout(lib, isbn) do
    with {:ok, book} <- fetch(lib, isbn),
         :ok <- ensure_available(book) do
      {:ok, Map.put(lib, isbn, %{book | available: false})}
    end
  end

  def checkout!(lib, isbn) do
    case checkout(lib, isbn) do
      {:ok, lib} -> lib
      {:error, reason} -> raise Error, reason: reason, isbn: isbn
    end
  end

  defp fetch(lib, isbn) do
    case Map.fetch(lib, isbn) do
      {:ok, b} -> {:ok, b}
      :error -> {:error, :not_found}
    end
  end

  defp ensure_available(%Book{available: true}), do: :ok
  defp ensure_available(_), do: {:error, :unavailable}

  def by_decade(lib) do
    lib
    |> Map.values()
    |> Enum.group_by(&(div(&1.year, 10) * 10))
    |> Enum.sort()
    |> Enum.map(fn {decade, books} -> {decade, books |> Enum.map(& &1.title) |> Enum.sort()} end)
  end

  def search(lib, term) do
    term = String.downcase(term)
    for {_, b} <- lib, String.contains?(String.downcase(b.title <> " " <> b.author), term), do: b.title
  end
end

books = [
  %Library.Book{isbn: "1", title: "Dune", author: "Frank Herbert", year: 1965},
  %Library.Book{isbn: "2", title: "Neuromancer", author: "William Gibson", year: 1984},
  %Library.Book{isbn: "3", title: "Hyperion", author: "Dan Simmons", year: 1989},
  %Library.Book{isbn: "4", title: "Foundation", author: "Isaac Asimov", year: 1951}
]
lib = Library.new(books)
{:ok, lib} = Library.checkout(lib, "2")
IO.inspect(Library.checkout(lib, "2"))
IO.inspect(Library.checkout(lib, "9"))
try do
  Library.checkout!(lib, "2")
rescue
  e in Library.Error -> IO.puts("Error: " <> Exception.message(e))
end
IO.inspect(Library.by_decade(lib))
IO.inspect(Library.search(lib, "an") |> Enum.sort())
available = lib |> Map.values() |> Enum.filter(& &1.available) |> Enum.map(& &1.title) |> Enum.sort()
IO.puts("Available: " <> Enum.join(available, ", "))
IO.inspect(lib["2"], label: "checked out")
Library.checkout!(lib, "99")
