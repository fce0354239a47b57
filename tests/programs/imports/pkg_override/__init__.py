helper = "string defined in __init__"
