# if __name__ == '__main__': runs for the main script.
print(__name__)
def main():
    print('main ran')
    return 0
if __name__ == '__main__':
    main()
else:
    print('imported')
if __name__ != '__main__':
    print('not printed')
