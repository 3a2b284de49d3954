# bash completion for txbrl (installed as bash-completion/completions/txbrl)
_txbrl()
{
    local cur prev cmd opts
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    if [ "$COMP_CWORD" -eq 1 ]; then
        COMPREPLY=($(compgen -W "check convert facts inspect render validate --help --version" -- "$cur"))
        return 0
    fi
    cmd=${COMP_WORDS[1]}
    case $prev in
    -f|--format)
        case $cmd in
        facts) COMPREPLY=($(compgen -W "csv json" -- "$cur")) ;;
        inspect) COMPREPLY=($(compgen -W "text json tsv" -- "$cur")) ;;
        validate) COMPREPLY=($(compgen -W "text json sarif" -- "$cur")) ;;
        *) COMPREPLY=($(compgen -W "text json" -- "$cur")) ;;
        esac
        return 0 ;;
    --calc) COMPREPLY=($(compgen -W "1.1 2.1" -- "$cur")); return 0 ;;
    -A|--allow) COMPREPLY=($(compgen -d -- "$cur")); return 0 ;;
    -o|--output)
        if [ "$cmd" = convert ]; then COMPREPLY=($(compgen -d -- "$cur"))
        else COMPREPLY=($(compgen -f -- "$cur")); fi
        return 0 ;;
    --cik|--name|--source|--disable) return 0 ;;
    -e|--entities|-c|--catalog|-w|--with) COMPREPLY=($(compgen -f -- "$cur")); return 0 ;;
    esac
    local common="--quiet --disable --help --version"
    case $cmd in
    check) opts="--format --entities $common" ;;
    convert) opts="--output --entities --cik --with --name --strict --format $common" ;;
    facts) opts="--format --catalog $common" ;;
    inspect) opts="--format --entities $common" ;;
    render) opts="--output --inline --model --source --catalog --allow --format $common" ;;
    validate) opts="--format --catalog --werror --calc --allow $common" ;;
    *) return 0 ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$opts" -- "$cur"))
    else
        COMPREPLY=($(compgen -f -- "$cur"))
    fi
    return 0
}
complete -o filenames -F _txbrl txbrl
