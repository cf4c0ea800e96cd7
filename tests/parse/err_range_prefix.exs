# A leading `..` takes no operand.
x = ..y
