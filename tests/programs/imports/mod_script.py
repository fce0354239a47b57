def main():
    print("mod_script main ran")
    return 0


def helper():
    return "helper from mod_script"


if __name__ == "__main__":
    main()
