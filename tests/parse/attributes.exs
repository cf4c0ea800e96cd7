@x
@x 1
@moduledoc "docs"
@doc """
Heredoc doc.
"""
@attr.field
@a + @b
