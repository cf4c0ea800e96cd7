foo() a: 1
