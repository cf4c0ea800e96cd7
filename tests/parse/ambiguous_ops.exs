foo -[1]
foo -(1)
foo -{1}
foo -%{}
foo -"s"
foo -:a
foo -@a
foo -bar
foo -1.0
foo -<<>>
foo -Foo
foo -!a
foo +[1]
f -1, 2
