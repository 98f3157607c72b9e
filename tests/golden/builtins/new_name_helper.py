def greet():
    return "hello from " + APP_NAME
