// GENERATED FILE: do not edit by hand.
//
// The HTML5 named character references exactly as CPython 3.11.7 knows them
// (`html.entities.html5`, 2231 names, of which 106 are the legacy names that also
// match without a trailing semicolon). Generated with:
//
//     python3 gen_entities.py > HTMLEntityTable.swift
//
// where gen_entities.py sorts `html.entities.html5` by the UTF-8 bytes of the
// names and writes the names (each followed by a space) and their replacement
// texts (each followed by U+0000, non-printable-ASCII scalars as \u{...}
// escapes) as two string literals in the same order.

/// The raw HTML5 named-character-reference table used by ``HTMLEntities``.
enum HTMLEntityTable {
    /// Entity names without the leading `&`, sorted by UTF-8 bytes, each followed by one space.
    static let names: StaticString = """
        AElig AElig; AMP AMP; Aacute Aacute; Abreve; Acirc Acirc; Acy; Afr; Agrave Agrave; Alpha; \
        Amacr; And; Aogon; Aopf; ApplyFunction; Aring Aring; Ascr; Assign; Atilde Atilde; Auml Auml; \
        Backslash; Barv; Barwed; Bcy; Because; Bernoullis; Beta; Bfr; Bopf; Breve; Bscr; Bumpeq; CHcy; \
        COPY COPY; Cacute; Cap; CapitalDifferentialD; Cayleys; Ccaron; Ccedil Ccedil; Ccirc; Cconint; \
        Cdot; Cedilla; CenterDot; Cfr; Chi; CircleDot; CircleMinus; CirclePlus; CircleTimes; \
        ClockwiseContourIntegral; CloseCurlyDoubleQuote; CloseCurlyQuote; Colon; Colone; Congruent; \
        Conint; ContourIntegral; Copf; Coproduct; CounterClockwiseContourIntegral; Cross; Cscr; Cup; \
        CupCap; DD; DDotrahd; DJcy; DScy; DZcy; Dagger; Darr; Dashv; Dcaron; Dcy; Del; Delta; Dfr; \
        DiacriticalAcute; DiacriticalDot; DiacriticalDoubleAcute; DiacriticalGrave; DiacriticalTilde; \
        Diamond; DifferentialD; Dopf; Dot; DotDot; DotEqual; DoubleContourIntegral; DoubleDot; \
        DoubleDownArrow; DoubleLeftArrow; DoubleLeftRightArrow; DoubleLeftTee; DoubleLongLeftArrow; \
        DoubleLongLeftRightArrow; DoubleLongRightArrow; DoubleRightArrow; DoubleRightTee; \
        DoubleUpArrow; DoubleUpDownArrow; DoubleVerticalBar; DownArrow; DownArrowBar; DownArrowUpArrow; \
        DownBreve; DownLeftRightVector; DownLeftTeeVector; DownLeftVector; DownLeftVectorBar; \
        DownRightTeeVector; DownRightVector; DownRightVectorBar; DownTee; DownTeeArrow; Downarrow; \
        Dscr; Dstrok; ENG; ETH ETH; Eacute Eacute; Ecaron; Ecirc Ecirc; Ecy; Edot; Efr; Egrave Egrave; \
        Element; Emacr; EmptySmallSquare; EmptyVerySmallSquare; Eogon; Eopf; Epsilon; Equal; \
        EqualTilde; Equilibrium; Escr; Esim; Eta; Euml Euml; Exists; ExponentialE; Fcy; Ffr; \
        FilledSmallSquare; FilledVerySmallSquare; Fopf; ForAll; Fouriertrf; Fscr; GJcy; GT GT; Gamma; \
        Gammad; Gbreve; Gcedil; Gcirc; Gcy; Gdot; Gfr; Gg; Gopf; GreaterEqual; GreaterEqualLess; \
        GreaterFullEqual; GreaterGreater; GreaterLess; GreaterSlantEqual; GreaterTilde; Gscr; Gt; \
        HARDcy; Hacek; Hat; Hcirc; Hfr; HilbertSpace; Hopf; HorizontalLine; Hscr; Hstrok; HumpDownHump; \
        HumpEqual; IEcy; IJlig; IOcy; Iacute Iacute; Icirc Icirc; Icy; Idot; Ifr; Igrave Igrave; Im; \
        Imacr; ImaginaryI; Implies; Int; Integral; Intersection; InvisibleComma; InvisibleTimes; Iogon; \
        Iopf; Iota; Iscr; Itilde; Iukcy; Iuml Iuml; Jcirc; Jcy; Jfr; Jopf; Jscr; Jsercy; Jukcy; KHcy; \
        KJcy; Kappa; Kcedil; Kcy; Kfr; Kopf; Kscr; LJcy; LT LT; Lacute; Lambda; Lang; Laplacetrf; Larr; \
        Lcaron; Lcedil; Lcy; LeftAngleBracket; LeftArrow; LeftArrowBar; LeftArrowRightArrow; \
        LeftCeiling; LeftDoubleBracket; LeftDownTeeVector; LeftDownVector; LeftDownVectorBar; \
        LeftFloor; LeftRightArrow; LeftRightVector; LeftTee; LeftTeeArrow; LeftTeeVector; LeftTriangle; \
        LeftTriangleBar; LeftTriangleEqual; LeftUpDownVector; LeftUpTeeVector; LeftUpVector; \
        LeftUpVectorBar; LeftVector; LeftVectorBar; Leftarrow; Leftrightarrow; LessEqualGreater; \
        LessFullEqual; LessGreater; LessLess; LessSlantEqual; LessTilde; Lfr; Ll; Lleftarrow; Lmidot; \
        LongLeftArrow; LongLeftRightArrow; LongRightArrow; Longleftarrow; Longleftrightarrow; \
        Longrightarrow; Lopf; LowerLeftArrow; LowerRightArrow; Lscr; Lsh; Lstrok; Lt; Map; Mcy; \
        MediumSpace; Mellintrf; Mfr; MinusPlus; Mopf; Mscr; Mu; NJcy; Nacute; Ncaron; Ncedil; Ncy; \
        NegativeMediumSpace; NegativeThickSpace; NegativeThinSpace; NegativeVeryThinSpace; \
        NestedGreaterGreater; NestedLessLess; NewLine; Nfr; NoBreak; NonBreakingSpace; Nopf; Not; \
        NotCongruent; NotCupCap; NotDoubleVerticalBar; NotElement; NotEqual; NotEqualTilde; NotExists; \
        NotGreater; NotGreaterEqual; NotGreaterFullEqual; NotGreaterGreater; NotGreaterLess; \
        NotGreaterSlantEqual; NotGreaterTilde; NotHumpDownHump; NotHumpEqual; NotLeftTriangle; \
        NotLeftTriangleBar; NotLeftTriangleEqual; NotLess; NotLessEqual; NotLessGreater; NotLessLess; \
        NotLessSlantEqual; NotLessTilde; NotNestedGreaterGreater; NotNestedLessLess; NotPrecedes; \
        NotPrecedesEqual; NotPrecedesSlantEqual; NotReverseElement; NotRightTriangle; \
        NotRightTriangleBar; NotRightTriangleEqual; NotSquareSubset; NotSquareSubsetEqual; \
        NotSquareSuperset; NotSquareSupersetEqual; NotSubset; NotSubsetEqual; NotSucceeds; \
        NotSucceedsEqual; NotSucceedsSlantEqual; NotSucceedsTilde; NotSuperset; NotSupersetEqual; \
        NotTilde; NotTildeEqual; NotTildeFullEqual; NotTildeTilde; NotVerticalBar; Nscr; Ntilde Ntilde; \
        Nu; OElig; Oacute Oacute; Ocirc Ocirc; Ocy; Odblac; Ofr; Ograve Ograve; Omacr; Omega; Omicron; \
        Oopf; OpenCurlyDoubleQuote; OpenCurlyQuote; Or; Oscr; Oslash Oslash; Otilde Otilde; Otimes; \
        Ouml Ouml; OverBar; OverBrace; OverBracket; OverParenthesis; PartialD; Pcy; Pfr; Phi; Pi; \
        PlusMinus; Poincareplane; Popf; Pr; Precedes; PrecedesEqual; PrecedesSlantEqual; PrecedesTilde; \
        Prime; Product; Proportion; Proportional; Pscr; Psi; QUOT QUOT; Qfr; Qopf; Qscr; RBarr; REG \
        REG; Racute; Rang; Rarr; Rarrtl; Rcaron; Rcedil; Rcy; Re; ReverseElement; ReverseEquilibrium; \
        ReverseUpEquilibrium; Rfr; Rho; RightAngleBracket; RightArrow; RightArrowBar; \
        RightArrowLeftArrow; RightCeiling; RightDoubleBracket; RightDownTeeVector; RightDownVector; \
        RightDownVectorBar; RightFloor; RightTee; RightTeeArrow; RightTeeVector; RightTriangle; \
        RightTriangleBar; RightTriangleEqual; RightUpDownVector; RightUpTeeVector; RightUpVector; \
        RightUpVectorBar; RightVector; RightVectorBar; Rightarrow; Ropf; RoundImplies; Rrightarrow; \
        Rscr; Rsh; RuleDelayed; SHCHcy; SHcy; SOFTcy; Sacute; Sc; Scaron; Scedil; Scirc; Scy; Sfr; \
        ShortDownArrow; ShortLeftArrow; ShortRightArrow; ShortUpArrow; Sigma; SmallCircle; Sopf; Sqrt; \
        Square; SquareIntersection; SquareSubset; SquareSubsetEqual; SquareSuperset; \
        SquareSupersetEqual; SquareUnion; Sscr; Star; Sub; Subset; SubsetEqual; Succeeds; \
        SucceedsEqual; SucceedsSlantEqual; SucceedsTilde; SuchThat; Sum; Sup; Superset; SupersetEqual; \
        Supset; THORN THORN; TRADE; TSHcy; TScy; Tab; Tau; Tcaron; Tcedil; Tcy; Tfr; Therefore; Theta; \
        ThickSpace; ThinSpace; Tilde; TildeEqual; TildeFullEqual; TildeTilde; Topf; TripleDot; Tscr; \
        Tstrok; Uacute Uacute; Uarr; Uarrocir; Ubrcy; Ubreve; Ucirc Ucirc; Ucy; Udblac; Ufr; Ugrave \
        Ugrave; Umacr; UnderBar; UnderBrace; UnderBracket; UnderParenthesis; Union; UnionPlus; Uogon; \
        Uopf; UpArrow; UpArrowBar; UpArrowDownArrow; UpDownArrow; UpEquilibrium; UpTee; UpTeeArrow; \
        Uparrow; Updownarrow; UpperLeftArrow; UpperRightArrow; Upsi; Upsilon; Uring; Uscr; Utilde; Uuml \
        Uuml; VDash; Vbar; Vcy; Vdash; Vdashl; Vee; Verbar; Vert; VerticalBar; VerticalLine; \
        VerticalSeparator; VerticalTilde; VeryThinSpace; Vfr; Vopf; Vscr; Vvdash; Wcirc; Wedge; Wfr; \
        Wopf; Wscr; Xfr; Xi; Xopf; Xscr; YAcy; YIcy; YUcy; Yacute Yacute; Ycirc; Ycy; Yfr; Yopf; Yscr; \
        Yuml; ZHcy; Zacute; Zcaron; Zcy; Zdot; ZeroWidthSpace; Zeta; Zfr; Zopf; Zscr; aacute aacute; \
        abreve; ac; acE; acd; acirc acirc; acute acute; acy; aelig aelig; af; afr; agrave agrave; \
        alefsym; aleph; alpha; amacr; amalg; amp amp; and; andand; andd; andslope; andv; ang; ange; \
        angle; angmsd; angmsdaa; angmsdab; angmsdac; angmsdad; angmsdae; angmsdaf; angmsdag; angmsdah; \
        angrt; angrtvb; angrtvbd; angsph; angst; angzarr; aogon; aopf; ap; apE; apacir; ape; apid; \
        apos; approx; approxeq; aring aring; ascr; ast; asymp; asympeq; atilde atilde; auml auml; \
        awconint; awint; bNot; backcong; backepsilon; backprime; backsim; backsimeq; barvee; barwed; \
        barwedge; bbrk; bbrktbrk; bcong; bcy; bdquo; becaus; because; bemptyv; bepsi; bernou; beta; \
        beth; between; bfr; bigcap; bigcirc; bigcup; bigodot; bigoplus; bigotimes; bigsqcup; bigstar; \
        bigtriangledown; bigtriangleup; biguplus; bigvee; bigwedge; bkarow; blacklozenge; blacksquare; \
        blacktriangle; blacktriangledown; blacktriangleleft; blacktriangleright; blank; blk12; blk14; \
        blk34; block; bne; bnequiv; bnot; bopf; bot; bottom; bowtie; boxDL; boxDR; boxDl; boxDr; boxH; \
        boxHD; boxHU; boxHd; boxHu; boxUL; boxUR; boxUl; boxUr; boxV; boxVH; boxVL; boxVR; boxVh; \
        boxVl; boxVr; boxbox; boxdL; boxdR; boxdl; boxdr; boxh; boxhD; boxhU; boxhd; boxhu; boxminus; \
        boxplus; boxtimes; boxuL; boxuR; boxul; boxur; boxv; boxvH; boxvL; boxvR; boxvh; boxvl; boxvr; \
        bprime; breve; brvbar brvbar; bscr; bsemi; bsim; bsime; bsol; bsolb; bsolhsub; bull; bullet; \
        bump; bumpE; bumpe; bumpeq; cacute; cap; capand; capbrcup; capcap; capcup; capdot; caps; caret; \
        caron; ccaps; ccaron; ccedil ccedil; ccirc; ccups; ccupssm; cdot; cedil cedil; cemptyv; cent \
        cent; centerdot; cfr; chcy; check; checkmark; chi; cir; cirE; circ; circeq; circlearrowleft; \
        circlearrowright; circledR; circledS; circledast; circledcirc; circleddash; cire; cirfnint; \
        cirmid; cirscir; clubs; clubsuit; colon; colone; coloneq; comma; commat; comp; compfn; \
        complement; complexes; cong; congdot; conint; copf; coprod; copy copy; copysr; crarr; cross; \
        cscr; csub; csube; csup; csupe; ctdot; cudarrl; cudarrr; cuepr; cuesc; cularr; cularrp; cup; \
        cupbrcap; cupcap; cupcup; cupdot; cupor; cups; curarr; curarrm; curlyeqprec; curlyeqsucc; \
        curlyvee; curlywedge; curren curren; curvearrowleft; curvearrowright; cuvee; cuwed; cwconint; \
        cwint; cylcty; dArr; dHar; dagger; daleth; darr; dash; dashv; dbkarow; dblac; dcaron; dcy; dd; \
        ddagger; ddarr; ddotseq; deg deg; delta; demptyv; dfisht; dfr; dharl; dharr; diam; diamond; \
        diamondsuit; diams; die; digamma; disin; div; divide divide; divideontimes; divonx; djcy; \
        dlcorn; dlcrop; dollar; dopf; dot; doteq; doteqdot; dotminus; dotplus; dotsquare; \
        doublebarwedge; downarrow; downdownarrows; downharpoonleft; downharpoonright; drbkarow; drcorn; \
        drcrop; dscr; dscy; dsol; dstrok; dtdot; dtri; dtrif; duarr; duhar; dwangle; dzcy; dzigrarr; \
        eDDot; eDot; eacute eacute; easter; ecaron; ecir; ecirc ecirc; ecolon; ecy; edot; ee; efDot; \
        efr; eg; egrave egrave; egs; egsdot; el; elinters; ell; els; elsdot; emacr; empty; emptyset; \
        emptyv; emsp13; emsp14; emsp; eng; ensp; eogon; eopf; epar; eparsl; eplus; epsi; epsilon; \
        epsiv; eqcirc; eqcolon; eqsim; eqslantgtr; eqslantless; equals; equest; equiv; equivDD; \
        eqvparsl; erDot; erarr; escr; esdot; esim; eta; eth eth; euml euml; euro; excl; exist; \
        expectation; exponentiale; fallingdotseq; fcy; female; ffilig; fflig; ffllig; ffr; filig; \
        fjlig; flat; fllig; fltns; fnof; fopf; forall; fork; forkv; fpartint; frac12 frac12; frac13; \
        frac14 frac14; frac15; frac16; frac18; frac23; frac25; frac34 frac34; frac35; frac38; frac45; \
        frac56; frac58; frac78; frasl; frown; fscr; gE; gEl; gacute; gamma; gammad; gap; gbreve; gcirc; \
        gcy; gdot; ge; gel; geq; geqq; geqslant; ges; gescc; gesdot; gesdoto; gesdotol; gesl; gesles; \
        gfr; gg; ggg; gimel; gjcy; gl; glE; gla; glj; gnE; gnap; gnapprox; gne; gneq; gneqq; gnsim; \
        gopf; grave; gscr; gsim; gsime; gsiml; gt gt; gtcc; gtcir; gtdot; gtlPar; gtquest; gtrapprox; \
        gtrarr; gtrdot; gtreqless; gtreqqless; gtrless; gtrsim; gvertneqq; gvnE; hArr; hairsp; half; \
        hamilt; hardcy; harr; harrcir; harrw; hbar; hcirc; hearts; heartsuit; hellip; hercon; hfr; \
        hksearow; hkswarow; hoarr; homtht; hookleftarrow; hookrightarrow; hopf; horbar; hscr; hslash; \
        hstrok; hybull; hyphen; iacute iacute; ic; icirc icirc; icy; iecy; iexcl iexcl; iff; ifr; \
        igrave igrave; ii; iiiint; iiint; iinfin; iiota; ijlig; imacr; image; imagline; imagpart; \
        imath; imof; imped; in; incare; infin; infintie; inodot; int; intcal; integers; intercal; \
        intlarhk; intprod; iocy; iogon; iopf; iota; iprod; iquest iquest; iscr; isin; isinE; isindot; \
        isins; isinsv; isinv; it; itilde; iukcy; iuml iuml; jcirc; jcy; jfr; jmath; jopf; jscr; jsercy; \
        jukcy; kappa; kappav; kcedil; kcy; kfr; kgreen; khcy; kjcy; kopf; kscr; lAarr; lArr; lAtail; \
        lBarr; lE; lEg; lHar; lacute; laemptyv; lagran; lambda; lang; langd; langle; lap; laquo laquo; \
        larr; larrb; larrbfs; larrfs; larrhk; larrlp; larrpl; larrsim; larrtl; lat; latail; late; \
        lates; lbarr; lbbrk; lbrace; lbrack; lbrke; lbrksld; lbrkslu; lcaron; lcedil; lceil; lcub; lcy; \
        ldca; ldquo; ldquor; ldrdhar; ldrushar; ldsh; le; leftarrow; leftarrowtail; leftharpoondown; \
        leftharpoonup; leftleftarrows; leftrightarrow; leftrightarrows; leftrightharpoons; \
        leftrightsquigarrow; leftthreetimes; leg; leq; leqq; leqslant; les; lescc; lesdot; lesdoto; \
        lesdotor; lesg; lesges; lessapprox; lessdot; lesseqgtr; lesseqqgtr; lessgtr; lesssim; lfisht; \
        lfloor; lfr; lg; lgE; lhard; lharu; lharul; lhblk; ljcy; ll; llarr; llcorner; llhard; lltri; \
        lmidot; lmoust; lmoustache; lnE; lnap; lnapprox; lne; lneq; lneqq; lnsim; loang; loarr; lobrk; \
        longleftarrow; longleftrightarrow; longmapsto; longrightarrow; looparrowleft; looparrowright; \
        lopar; lopf; loplus; lotimes; lowast; lowbar; loz; lozenge; lozf; lpar; lparlt; lrarr; \
        lrcorner; lrhar; lrhard; lrm; lrtri; lsaquo; lscr; lsh; lsim; lsime; lsimg; lsqb; lsquo; \
        lsquor; lstrok; lt lt; ltcc; ltcir; ltdot; lthree; ltimes; ltlarr; ltquest; ltrPar; ltri; \
        ltrie; ltrif; lurdshar; luruhar; lvertneqq; lvnE; mDDot; macr macr; male; malt; maltese; map; \
        mapsto; mapstodown; mapstoleft; mapstoup; marker; mcomma; mcy; mdash; measuredangle; mfr; mho; \
        micro micro; mid; midast; midcir; middot middot; minus; minusb; minusd; minusdu; mlcp; mldr; \
        mnplus; models; mopf; mp; mscr; mstpos; mu; multimap; mumap; nGg; nGt; nGtv; nLeftarrow; \
        nLeftrightarrow; nLl; nLt; nLtv; nRightarrow; nVDash; nVdash; nabla; nacute; nang; nap; napE; \
        napid; napos; napprox; natur; natural; naturals; nbsp nbsp; nbump; nbumpe; ncap; ncaron; \
        ncedil; ncong; ncongdot; ncup; ncy; ndash; ne; neArr; nearhk; nearr; nearrow; nedot; nequiv; \
        nesear; nesim; nexist; nexists; nfr; ngE; nge; ngeq; ngeqq; ngeqslant; nges; ngsim; ngt; ngtr; \
        nhArr; nharr; nhpar; ni; nis; nisd; niv; njcy; nlArr; nlE; nlarr; nldr; nle; nleftarrow; \
        nleftrightarrow; nleq; nleqq; nleqslant; nles; nless; nlsim; nlt; nltri; nltrie; nmid; nopf; \
        not not; notin; notinE; notindot; notinva; notinvb; notinvc; notni; notniva; notnivb; notnivc; \
        npar; nparallel; nparsl; npart; npolint; npr; nprcue; npre; nprec; npreceq; nrArr; nrarr; \
        nrarrc; nrarrw; nrightarrow; nrtri; nrtrie; nsc; nsccue; nsce; nscr; nshortmid; nshortparallel; \
        nsim; nsime; nsimeq; nsmid; nspar; nsqsube; nsqsupe; nsub; nsubE; nsube; nsubset; nsubseteq; \
        nsubseteqq; nsucc; nsucceq; nsup; nsupE; nsupe; nsupset; nsupseteq; nsupseteqq; ntgl; ntilde \
        ntilde; ntlg; ntriangleleft; ntrianglelefteq; ntriangleright; ntrianglerighteq; nu; num; \
        numero; numsp; nvDash; nvHarr; nvap; nvdash; nvge; nvgt; nvinfin; nvlArr; nvle; nvlt; nvltrie; \
        nvrArr; nvrtrie; nvsim; nwArr; nwarhk; nwarr; nwarrow; nwnear; oS; oacute oacute; oast; ocir; \
        ocirc ocirc; ocy; odash; odblac; odiv; odot; odsold; oelig; ofcir; ofr; ogon; ograve ograve; \
        ogt; ohbar; ohm; oint; olarr; olcir; olcross; oline; olt; omacr; omega; omicron; omid; ominus; \
        oopf; opar; operp; oplus; or; orarr; ord; order; orderof; ordf ordf; ordm ordm; origof; oror; \
        orslope; orv; oscr; oslash oslash; osol; otilde otilde; otimes; otimesas; ouml ouml; ovbar; \
        par; para para; parallel; parsim; parsl; part; pcy; percnt; period; permil; perp; pertenk; pfr; \
        phi; phiv; phmmat; phone; pi; pitchfork; piv; planck; planckh; plankv; plus; plusacir; plusb; \
        pluscir; plusdo; plusdu; pluse; plusmn plusmn; plussim; plustwo; pm; pointint; popf; pound \
        pound; pr; prE; prap; prcue; pre; prec; precapprox; preccurlyeq; preceq; precnapprox; precneqq; \
        precnsim; precsim; prime; primes; prnE; prnap; prnsim; prod; profalar; profline; profsurf; \
        prop; propto; prsim; prurel; pscr; psi; puncsp; qfr; qint; qopf; qprime; qscr; quaternions; \
        quatint; quest; questeq; quot quot; rAarr; rArr; rAtail; rBarr; rHar; race; racute; radic; \
        raemptyv; rang; rangd; range; rangle; raquo raquo; rarr; rarrap; rarrb; rarrbfs; rarrc; rarrfs; \
        rarrhk; rarrlp; rarrpl; rarrsim; rarrtl; rarrw; ratail; ratio; rationals; rbarr; rbbrk; rbrace; \
        rbrack; rbrke; rbrksld; rbrkslu; rcaron; rcedil; rceil; rcub; rcy; rdca; rdldhar; rdquo; \
        rdquor; rdsh; real; realine; realpart; reals; rect; reg reg; rfisht; rfloor; rfr; rhard; rharu; \
        rharul; rho; rhov; rightarrow; rightarrowtail; rightharpoondown; rightharpoonup; \
        rightleftarrows; rightleftharpoons; rightrightarrows; rightsquigarrow; rightthreetimes; ring; \
        risingdotseq; rlarr; rlhar; rlm; rmoust; rmoustache; rnmid; roang; roarr; robrk; ropar; ropf; \
        roplus; rotimes; rpar; rpargt; rppolint; rrarr; rsaquo; rscr; rsh; rsqb; rsquo; rsquor; rthree; \
        rtimes; rtri; rtrie; rtrif; rtriltri; ruluhar; rx; sacute; sbquo; sc; scE; scap; scaron; sccue; \
        sce; scedil; scirc; scnE; scnap; scnsim; scpolint; scsim; scy; sdot; sdotb; sdote; seArr; \
        searhk; searr; searrow; sect sect; semi; seswar; setminus; setmn; sext; sfr; sfrown; sharp; \
        shchcy; shcy; shortmid; shortparallel; shy shy; sigma; sigmaf; sigmav; sim; simdot; sime; \
        simeq; simg; simgE; siml; simlE; simne; simplus; simrarr; slarr; smallsetminus; smashp; \
        smeparsl; smid; smile; smt; smte; smtes; softcy; sol; solb; solbar; sopf; spades; spadesuit; \
        spar; sqcap; sqcaps; sqcup; sqcups; sqsub; sqsube; sqsubset; sqsubseteq; sqsup; sqsupe; \
        sqsupset; sqsupseteq; squ; square; squarf; squf; srarr; sscr; ssetmn; ssmile; sstarf; star; \
        starf; straightepsilon; straightphi; strns; sub; subE; subdot; sube; subedot; submult; subnE; \
        subne; subplus; subrarr; subset; subseteq; subseteqq; subsetneq; subsetneqq; subsim; subsub; \
        subsup; succ; succapprox; succcurlyeq; succeq; succnapprox; succneqq; succnsim; succsim; sum; \
        sung; sup1 sup1; sup2 sup2; sup3 sup3; sup; supE; supdot; supdsub; supe; supedot; suphsol; \
        suphsub; suplarr; supmult; supnE; supne; supplus; supset; supseteq; supseteqq; supsetneq; \
        supsetneqq; supsim; supsub; supsup; swArr; swarhk; swarr; swarrow; swnwar; szlig szlig; target; \
        tau; tbrk; tcaron; tcedil; tcy; tdot; telrec; tfr; there4; therefore; theta; thetasym; thetav; \
        thickapprox; thicksim; thinsp; thkap; thksim; thorn thorn; tilde; times times; timesb; \
        timesbar; timesd; tint; toea; top; topbot; topcir; topf; topfork; tosa; tprime; trade; \
        triangle; triangledown; triangleleft; trianglelefteq; triangleq; triangleright; \
        trianglerighteq; tridot; trie; triminus; triplus; trisb; tritime; trpezium; tscr; tscy; tshcy; \
        tstrok; twixt; twoheadleftarrow; twoheadrightarrow; uArr; uHar; uacute uacute; uarr; ubrcy; \
        ubreve; ucirc ucirc; ucy; udarr; udblac; udhar; ufisht; ufr; ugrave ugrave; uharl; uharr; \
        uhblk; ulcorn; ulcorner; ulcrop; ultri; umacr; uml uml; uogon; uopf; uparrow; updownarrow; \
        upharpoonleft; upharpoonright; uplus; upsi; upsih; upsilon; upuparrows; urcorn; urcorner; \
        urcrop; uring; urtri; uscr; utdot; utilde; utri; utrif; uuarr; uuml uuml; uwangle; vArr; vBar; \
        vBarv; vDash; vangrt; varepsilon; varkappa; varnothing; varphi; varpi; varpropto; varr; varrho; \
        varsigma; varsubsetneq; varsubsetneqq; varsupsetneq; varsupsetneqq; vartheta; vartriangleleft; \
        vartriangleright; vcy; vdash; vee; veebar; veeeq; vellip; verbar; vert; vfr; vltri; vnsub; \
        vnsup; vopf; vprop; vrtri; vscr; vsubnE; vsubne; vsupnE; vsupne; vzigzag; wcirc; wedbar; wedge; \
        wedgeq; weierp; wfr; wopf; wp; wr; wreath; wscr; xcap; xcirc; xcup; xdtri; xfr; xhArr; xharr; \
        xi; xlArr; xlarr; xmap; xnis; xodot; xopf; xoplus; xotime; xrArr; xrarr; xscr; xsqcup; xuplus; \
        xutri; xvee; xwedge; yacute yacute; yacy; ycirc; ycy; yen yen; yfr; yicy; yopf; yscr; yucy; \
        yuml yuml; zacute; zcaron; zcy; zdot; zeetrf; zeta; zfr; zhcy; zigrarr; zopf; zscr; zwj; zwnj; 
        """

    /// Replacement texts in the order of ``names``, each followed by U+0000.
    static let values: StaticString = """
        \u{C6}\u{0}\u{C6}\u{0}&\u{0}&\u{0}\u{C1}\u{0}\u{C1}\u{0}\u{102}\u{0}\u{C2}\u{0}\u{C2}\u{0}\
        \u{410}\u{0}\u{1D504}\u{0}\u{C0}\u{0}\u{C0}\u{0}\u{391}\u{0}\u{100}\u{0}\u{2A53}\u{0}\
        \u{104}\u{0}\u{1D538}\u{0}\u{2061}\u{0}\u{C5}\u{0}\u{C5}\u{0}\u{1D49C}\u{0}\u{2254}\u{0}\
        \u{C3}\u{0}\u{C3}\u{0}\u{C4}\u{0}\u{C4}\u{0}\u{2216}\u{0}\u{2AE7}\u{0}\u{2306}\u{0}\u{411}\u{0}\
        \u{2235}\u{0}\u{212C}\u{0}\u{392}\u{0}\u{1D505}\u{0}\u{1D539}\u{0}\u{2D8}\u{0}\u{212C}\u{0}\
        \u{224E}\u{0}\u{427}\u{0}\u{A9}\u{0}\u{A9}\u{0}\u{106}\u{0}\u{22D2}\u{0}\u{2145}\u{0}\
        \u{212D}\u{0}\u{10C}\u{0}\u{C7}\u{0}\u{C7}\u{0}\u{108}\u{0}\u{2230}\u{0}\u{10A}\u{0}\u{B8}\u{0}\
        \u{B7}\u{0}\u{212D}\u{0}\u{3A7}\u{0}\u{2299}\u{0}\u{2296}\u{0}\u{2295}\u{0}\u{2297}\u{0}\
        \u{2232}\u{0}\u{201D}\u{0}\u{2019}\u{0}\u{2237}\u{0}\u{2A74}\u{0}\u{2261}\u{0}\u{222F}\u{0}\
        \u{222E}\u{0}\u{2102}\u{0}\u{2210}\u{0}\u{2233}\u{0}\u{2A2F}\u{0}\u{1D49E}\u{0}\u{22D3}\u{0}\
        \u{224D}\u{0}\u{2145}\u{0}\u{2911}\u{0}\u{402}\u{0}\u{405}\u{0}\u{40F}\u{0}\u{2021}\u{0}\
        \u{21A1}\u{0}\u{2AE4}\u{0}\u{10E}\u{0}\u{414}\u{0}\u{2207}\u{0}\u{394}\u{0}\u{1D507}\u{0}\
        \u{B4}\u{0}\u{2D9}\u{0}\u{2DD}\u{0}`\u{0}\u{2DC}\u{0}\u{22C4}\u{0}\u{2146}\u{0}\u{1D53B}\u{0}\
        \u{A8}\u{0}\u{20DC}\u{0}\u{2250}\u{0}\u{222F}\u{0}\u{A8}\u{0}\u{21D3}\u{0}\u{21D0}\u{0}\
        \u{21D4}\u{0}\u{2AE4}\u{0}\u{27F8}\u{0}\u{27FA}\u{0}\u{27F9}\u{0}\u{21D2}\u{0}\u{22A8}\u{0}\
        \u{21D1}\u{0}\u{21D5}\u{0}\u{2225}\u{0}\u{2193}\u{0}\u{2913}\u{0}\u{21F5}\u{0}\u{311}\u{0}\
        \u{2950}\u{0}\u{295E}\u{0}\u{21BD}\u{0}\u{2956}\u{0}\u{295F}\u{0}\u{21C1}\u{0}\u{2957}\u{0}\
        \u{22A4}\u{0}\u{21A7}\u{0}\u{21D3}\u{0}\u{1D49F}\u{0}\u{110}\u{0}\u{14A}\u{0}\u{D0}\u{0}\
        \u{D0}\u{0}\u{C9}\u{0}\u{C9}\u{0}\u{11A}\u{0}\u{CA}\u{0}\u{CA}\u{0}\u{42D}\u{0}\u{116}\u{0}\
        \u{1D508}\u{0}\u{C8}\u{0}\u{C8}\u{0}\u{2208}\u{0}\u{112}\u{0}\u{25FB}\u{0}\u{25AB}\u{0}\
        \u{118}\u{0}\u{1D53C}\u{0}\u{395}\u{0}\u{2A75}\u{0}\u{2242}\u{0}\u{21CC}\u{0}\u{2130}\u{0}\
        \u{2A73}\u{0}\u{397}\u{0}\u{CB}\u{0}\u{CB}\u{0}\u{2203}\u{0}\u{2147}\u{0}\u{424}\u{0}\
        \u{1D509}\u{0}\u{25FC}\u{0}\u{25AA}\u{0}\u{1D53D}\u{0}\u{2200}\u{0}\u{2131}\u{0}\u{2131}\u{0}\
        \u{403}\u{0}>\u{0}>\u{0}\u{393}\u{0}\u{3DC}\u{0}\u{11E}\u{0}\u{122}\u{0}\u{11C}\u{0}\u{413}\u{0}\
        \u{120}\u{0}\u{1D50A}\u{0}\u{22D9}\u{0}\u{1D53E}\u{0}\u{2265}\u{0}\u{22DB}\u{0}\u{2267}\u{0}\
        \u{2AA2}\u{0}\u{2277}\u{0}\u{2A7E}\u{0}\u{2273}\u{0}\u{1D4A2}\u{0}\u{226B}\u{0}\u{42A}\u{0}\
        \u{2C7}\u{0}^\u{0}\u{124}\u{0}\u{210C}\u{0}\u{210B}\u{0}\u{210D}\u{0}\u{2500}\u{0}\u{210B}\u{0}\
        \u{126}\u{0}\u{224E}\u{0}\u{224F}\u{0}\u{415}\u{0}\u{132}\u{0}\u{401}\u{0}\u{CD}\u{0}\u{CD}\u{0}\
        \u{CE}\u{0}\u{CE}\u{0}\u{418}\u{0}\u{130}\u{0}\u{2111}\u{0}\u{CC}\u{0}\u{CC}\u{0}\u{2111}\u{0}\
        \u{12A}\u{0}\u{2148}\u{0}\u{21D2}\u{0}\u{222C}\u{0}\u{222B}\u{0}\u{22C2}\u{0}\u{2063}\u{0}\
        \u{2062}\u{0}\u{12E}\u{0}\u{1D540}\u{0}\u{399}\u{0}\u{2110}\u{0}\u{128}\u{0}\u{406}\u{0}\
        \u{CF}\u{0}\u{CF}\u{0}\u{134}\u{0}\u{419}\u{0}\u{1D50D}\u{0}\u{1D541}\u{0}\u{1D4A5}\u{0}\
        \u{408}\u{0}\u{404}\u{0}\u{425}\u{0}\u{40C}\u{0}\u{39A}\u{0}\u{136}\u{0}\u{41A}\u{0}\
        \u{1D50E}\u{0}\u{1D542}\u{0}\u{1D4A6}\u{0}\u{409}\u{0}<\u{0}<\u{0}\u{139}\u{0}\u{39B}\u{0}\
        \u{27EA}\u{0}\u{2112}\u{0}\u{219E}\u{0}\u{13D}\u{0}\u{13B}\u{0}\u{41B}\u{0}\u{27E8}\u{0}\
        \u{2190}\u{0}\u{21E4}\u{0}\u{21C6}\u{0}\u{2308}\u{0}\u{27E6}\u{0}\u{2961}\u{0}\u{21C3}\u{0}\
        \u{2959}\u{0}\u{230A}\u{0}\u{2194}\u{0}\u{294E}\u{0}\u{22A3}\u{0}\u{21A4}\u{0}\u{295A}\u{0}\
        \u{22B2}\u{0}\u{29CF}\u{0}\u{22B4}\u{0}\u{2951}\u{0}\u{2960}\u{0}\u{21BF}\u{0}\u{2958}\u{0}\
        \u{21BC}\u{0}\u{2952}\u{0}\u{21D0}\u{0}\u{21D4}\u{0}\u{22DA}\u{0}\u{2266}\u{0}\u{2276}\u{0}\
        \u{2AA1}\u{0}\u{2A7D}\u{0}\u{2272}\u{0}\u{1D50F}\u{0}\u{22D8}\u{0}\u{21DA}\u{0}\u{13F}\u{0}\
        \u{27F5}\u{0}\u{27F7}\u{0}\u{27F6}\u{0}\u{27F8}\u{0}\u{27FA}\u{0}\u{27F9}\u{0}\u{1D543}\u{0}\
        \u{2199}\u{0}\u{2198}\u{0}\u{2112}\u{0}\u{21B0}\u{0}\u{141}\u{0}\u{226A}\u{0}\u{2905}\u{0}\
        \u{41C}\u{0}\u{205F}\u{0}\u{2133}\u{0}\u{1D510}\u{0}\u{2213}\u{0}\u{1D544}\u{0}\u{2133}\u{0}\
        \u{39C}\u{0}\u{40A}\u{0}\u{143}\u{0}\u{147}\u{0}\u{145}\u{0}\u{41D}\u{0}\u{200B}\u{0}\
        \u{200B}\u{0}\u{200B}\u{0}\u{200B}\u{0}\u{226B}\u{0}\u{226A}\u{0}\u{A}\u{0}\u{1D511}\u{0}\
        \u{2060}\u{0}\u{A0}\u{0}\u{2115}\u{0}\u{2AEC}\u{0}\u{2262}\u{0}\u{226D}\u{0}\u{2226}\u{0}\
        \u{2209}\u{0}\u{2260}\u{0}\u{2242}\u{338}\u{0}\u{2204}\u{0}\u{226F}\u{0}\u{2271}\u{0}\
        \u{2267}\u{338}\u{0}\u{226B}\u{338}\u{0}\u{2279}\u{0}\u{2A7E}\u{338}\u{0}\u{2275}\u{0}\
        \u{224E}\u{338}\u{0}\u{224F}\u{338}\u{0}\u{22EA}\u{0}\u{29CF}\u{338}\u{0}\u{22EC}\u{0}\
        \u{226E}\u{0}\u{2270}\u{0}\u{2278}\u{0}\u{226A}\u{338}\u{0}\u{2A7D}\u{338}\u{0}\u{2274}\u{0}\
        \u{2AA2}\u{338}\u{0}\u{2AA1}\u{338}\u{0}\u{2280}\u{0}\u{2AAF}\u{338}\u{0}\u{22E0}\u{0}\
        \u{220C}\u{0}\u{22EB}\u{0}\u{29D0}\u{338}\u{0}\u{22ED}\u{0}\u{228F}\u{338}\u{0}\u{22E2}\u{0}\
        \u{2290}\u{338}\u{0}\u{22E3}\u{0}\u{2282}\u{20D2}\u{0}\u{2288}\u{0}\u{2281}\u{0}\
        \u{2AB0}\u{338}\u{0}\u{22E1}\u{0}\u{227F}\u{338}\u{0}\u{2283}\u{20D2}\u{0}\u{2289}\u{0}\
        \u{2241}\u{0}\u{2244}\u{0}\u{2247}\u{0}\u{2249}\u{0}\u{2224}\u{0}\u{1D4A9}\u{0}\u{D1}\u{0}\
        \u{D1}\u{0}\u{39D}\u{0}\u{152}\u{0}\u{D3}\u{0}\u{D3}\u{0}\u{D4}\u{0}\u{D4}\u{0}\u{41E}\u{0}\
        \u{150}\u{0}\u{1D512}\u{0}\u{D2}\u{0}\u{D2}\u{0}\u{14C}\u{0}\u{3A9}\u{0}\u{39F}\u{0}\
        \u{1D546}\u{0}\u{201C}\u{0}\u{2018}\u{0}\u{2A54}\u{0}\u{1D4AA}\u{0}\u{D8}\u{0}\u{D8}\u{0}\
        \u{D5}\u{0}\u{D5}\u{0}\u{2A37}\u{0}\u{D6}\u{0}\u{D6}\u{0}\u{203E}\u{0}\u{23DE}\u{0}\u{23B4}\u{0}\
        \u{23DC}\u{0}\u{2202}\u{0}\u{41F}\u{0}\u{1D513}\u{0}\u{3A6}\u{0}\u{3A0}\u{0}\u{B1}\u{0}\
        \u{210C}\u{0}\u{2119}\u{0}\u{2ABB}\u{0}\u{227A}\u{0}\u{2AAF}\u{0}\u{227C}\u{0}\u{227E}\u{0}\
        \u{2033}\u{0}\u{220F}\u{0}\u{2237}\u{0}\u{221D}\u{0}\u{1D4AB}\u{0}\u{3A8}\u{0}\u{22}\u{0}\
        \u{22}\u{0}\u{1D514}\u{0}\u{211A}\u{0}\u{1D4AC}\u{0}\u{2910}\u{0}\u{AE}\u{0}\u{AE}\u{0}\
        \u{154}\u{0}\u{27EB}\u{0}\u{21A0}\u{0}\u{2916}\u{0}\u{158}\u{0}\u{156}\u{0}\u{420}\u{0}\
        \u{211C}\u{0}\u{220B}\u{0}\u{21CB}\u{0}\u{296F}\u{0}\u{211C}\u{0}\u{3A1}\u{0}\u{27E9}\u{0}\
        \u{2192}\u{0}\u{21E5}\u{0}\u{21C4}\u{0}\u{2309}\u{0}\u{27E7}\u{0}\u{295D}\u{0}\u{21C2}\u{0}\
        \u{2955}\u{0}\u{230B}\u{0}\u{22A2}\u{0}\u{21A6}\u{0}\u{295B}\u{0}\u{22B3}\u{0}\u{29D0}\u{0}\
        \u{22B5}\u{0}\u{294F}\u{0}\u{295C}\u{0}\u{21BE}\u{0}\u{2954}\u{0}\u{21C0}\u{0}\u{2953}\u{0}\
        \u{21D2}\u{0}\u{211D}\u{0}\u{2970}\u{0}\u{21DB}\u{0}\u{211B}\u{0}\u{21B1}\u{0}\u{29F4}\u{0}\
        \u{429}\u{0}\u{428}\u{0}\u{42C}\u{0}\u{15A}\u{0}\u{2ABC}\u{0}\u{160}\u{0}\u{15E}\u{0}\
        \u{15C}\u{0}\u{421}\u{0}\u{1D516}\u{0}\u{2193}\u{0}\u{2190}\u{0}\u{2192}\u{0}\u{2191}\u{0}\
        \u{3A3}\u{0}\u{2218}\u{0}\u{1D54A}\u{0}\u{221A}\u{0}\u{25A1}\u{0}\u{2293}\u{0}\u{228F}\u{0}\
        \u{2291}\u{0}\u{2290}\u{0}\u{2292}\u{0}\u{2294}\u{0}\u{1D4AE}\u{0}\u{22C6}\u{0}\u{22D0}\u{0}\
        \u{22D0}\u{0}\u{2286}\u{0}\u{227B}\u{0}\u{2AB0}\u{0}\u{227D}\u{0}\u{227F}\u{0}\u{220B}\u{0}\
        \u{2211}\u{0}\u{22D1}\u{0}\u{2283}\u{0}\u{2287}\u{0}\u{22D1}\u{0}\u{DE}\u{0}\u{DE}\u{0}\
        \u{2122}\u{0}\u{40B}\u{0}\u{426}\u{0}\u{9}\u{0}\u{3A4}\u{0}\u{164}\u{0}\u{162}\u{0}\u{422}\u{0}\
        \u{1D517}\u{0}\u{2234}\u{0}\u{398}\u{0}\u{205F}\u{200A}\u{0}\u{2009}\u{0}\u{223C}\u{0}\
        \u{2243}\u{0}\u{2245}\u{0}\u{2248}\u{0}\u{1D54B}\u{0}\u{20DB}\u{0}\u{1D4AF}\u{0}\u{166}\u{0}\
        \u{DA}\u{0}\u{DA}\u{0}\u{219F}\u{0}\u{2949}\u{0}\u{40E}\u{0}\u{16C}\u{0}\u{DB}\u{0}\u{DB}\u{0}\
        \u{423}\u{0}\u{170}\u{0}\u{1D518}\u{0}\u{D9}\u{0}\u{D9}\u{0}\u{16A}\u{0}_\u{0}\u{23DF}\u{0}\
        \u{23B5}\u{0}\u{23DD}\u{0}\u{22C3}\u{0}\u{228E}\u{0}\u{172}\u{0}\u{1D54C}\u{0}\u{2191}\u{0}\
        \u{2912}\u{0}\u{21C5}\u{0}\u{2195}\u{0}\u{296E}\u{0}\u{22A5}\u{0}\u{21A5}\u{0}\u{21D1}\u{0}\
        \u{21D5}\u{0}\u{2196}\u{0}\u{2197}\u{0}\u{3D2}\u{0}\u{3A5}\u{0}\u{16E}\u{0}\u{1D4B0}\u{0}\
        \u{168}\u{0}\u{DC}\u{0}\u{DC}\u{0}\u{22AB}\u{0}\u{2AEB}\u{0}\u{412}\u{0}\u{22A9}\u{0}\
        \u{2AE6}\u{0}\u{22C1}\u{0}\u{2016}\u{0}\u{2016}\u{0}\u{2223}\u{0}|\u{0}\u{2758}\u{0}\
        \u{2240}\u{0}\u{200A}\u{0}\u{1D519}\u{0}\u{1D54D}\u{0}\u{1D4B1}\u{0}\u{22AA}\u{0}\u{174}\u{0}\
        \u{22C0}\u{0}\u{1D51A}\u{0}\u{1D54E}\u{0}\u{1D4B2}\u{0}\u{1D51B}\u{0}\u{39E}\u{0}\u{1D54F}\u{0}\
        \u{1D4B3}\u{0}\u{42F}\u{0}\u{407}\u{0}\u{42E}\u{0}\u{DD}\u{0}\u{DD}\u{0}\u{176}\u{0}\u{42B}\u{0}\
        \u{1D51C}\u{0}\u{1D550}\u{0}\u{1D4B4}\u{0}\u{178}\u{0}\u{416}\u{0}\u{179}\u{0}\u{17D}\u{0}\
        \u{417}\u{0}\u{17B}\u{0}\u{200B}\u{0}\u{396}\u{0}\u{2128}\u{0}\u{2124}\u{0}\u{1D4B5}\u{0}\
        \u{E1}\u{0}\u{E1}\u{0}\u{103}\u{0}\u{223E}\u{0}\u{223E}\u{333}\u{0}\u{223F}\u{0}\u{E2}\u{0}\
        \u{E2}\u{0}\u{B4}\u{0}\u{B4}\u{0}\u{430}\u{0}\u{E6}\u{0}\u{E6}\u{0}\u{2061}\u{0}\u{1D51E}\u{0}\
        \u{E0}\u{0}\u{E0}\u{0}\u{2135}\u{0}\u{2135}\u{0}\u{3B1}\u{0}\u{101}\u{0}\u{2A3F}\u{0}&\u{0}\
        &\u{0}\u{2227}\u{0}\u{2A55}\u{0}\u{2A5C}\u{0}\u{2A58}\u{0}\u{2A5A}\u{0}\u{2220}\u{0}\
        \u{29A4}\u{0}\u{2220}\u{0}\u{2221}\u{0}\u{29A8}\u{0}\u{29A9}\u{0}\u{29AA}\u{0}\u{29AB}\u{0}\
        \u{29AC}\u{0}\u{29AD}\u{0}\u{29AE}\u{0}\u{29AF}\u{0}\u{221F}\u{0}\u{22BE}\u{0}\u{299D}\u{0}\
        \u{2222}\u{0}\u{C5}\u{0}\u{237C}\u{0}\u{105}\u{0}\u{1D552}\u{0}\u{2248}\u{0}\u{2A70}\u{0}\
        \u{2A6F}\u{0}\u{224A}\u{0}\u{224B}\u{0}'\u{0}\u{2248}\u{0}\u{224A}\u{0}\u{E5}\u{0}\u{E5}\u{0}\
        \u{1D4B6}\u{0}*\u{0}\u{2248}\u{0}\u{224D}\u{0}\u{E3}\u{0}\u{E3}\u{0}\u{E4}\u{0}\u{E4}\u{0}\
        \u{2233}\u{0}\u{2A11}\u{0}\u{2AED}\u{0}\u{224C}\u{0}\u{3F6}\u{0}\u{2035}\u{0}\u{223D}\u{0}\
        \u{22CD}\u{0}\u{22BD}\u{0}\u{2305}\u{0}\u{2305}\u{0}\u{23B5}\u{0}\u{23B6}\u{0}\u{224C}\u{0}\
        \u{431}\u{0}\u{201E}\u{0}\u{2235}\u{0}\u{2235}\u{0}\u{29B0}\u{0}\u{3F6}\u{0}\u{212C}\u{0}\
        \u{3B2}\u{0}\u{2136}\u{0}\u{226C}\u{0}\u{1D51F}\u{0}\u{22C2}\u{0}\u{25EF}\u{0}\u{22C3}\u{0}\
        \u{2A00}\u{0}\u{2A01}\u{0}\u{2A02}\u{0}\u{2A06}\u{0}\u{2605}\u{0}\u{25BD}\u{0}\u{25B3}\u{0}\
        \u{2A04}\u{0}\u{22C1}\u{0}\u{22C0}\u{0}\u{290D}\u{0}\u{29EB}\u{0}\u{25AA}\u{0}\u{25B4}\u{0}\
        \u{25BE}\u{0}\u{25C2}\u{0}\u{25B8}\u{0}\u{2423}\u{0}\u{2592}\u{0}\u{2591}\u{0}\u{2593}\u{0}\
        \u{2588}\u{0}=\u{20E5}\u{0}\u{2261}\u{20E5}\u{0}\u{2310}\u{0}\u{1D553}\u{0}\u{22A5}\u{0}\
        \u{22A5}\u{0}\u{22C8}\u{0}\u{2557}\u{0}\u{2554}\u{0}\u{2556}\u{0}\u{2553}\u{0}\u{2550}\u{0}\
        \u{2566}\u{0}\u{2569}\u{0}\u{2564}\u{0}\u{2567}\u{0}\u{255D}\u{0}\u{255A}\u{0}\u{255C}\u{0}\
        \u{2559}\u{0}\u{2551}\u{0}\u{256C}\u{0}\u{2563}\u{0}\u{2560}\u{0}\u{256B}\u{0}\u{2562}\u{0}\
        \u{255F}\u{0}\u{29C9}\u{0}\u{2555}\u{0}\u{2552}\u{0}\u{2510}\u{0}\u{250C}\u{0}\u{2500}\u{0}\
        \u{2565}\u{0}\u{2568}\u{0}\u{252C}\u{0}\u{2534}\u{0}\u{229F}\u{0}\u{229E}\u{0}\u{22A0}\u{0}\
        \u{255B}\u{0}\u{2558}\u{0}\u{2518}\u{0}\u{2514}\u{0}\u{2502}\u{0}\u{256A}\u{0}\u{2561}\u{0}\
        \u{255E}\u{0}\u{253C}\u{0}\u{2524}\u{0}\u{251C}\u{0}\u{2035}\u{0}\u{2D8}\u{0}\u{A6}\u{0}\
        \u{A6}\u{0}\u{1D4B7}\u{0}\u{204F}\u{0}\u{223D}\u{0}\u{22CD}\u{0}\u{5C}\u{0}\u{29C5}\u{0}\
        \u{27C8}\u{0}\u{2022}\u{0}\u{2022}\u{0}\u{224E}\u{0}\u{2AAE}\u{0}\u{224F}\u{0}\u{224F}\u{0}\
        \u{107}\u{0}\u{2229}\u{0}\u{2A44}\u{0}\u{2A49}\u{0}\u{2A4B}\u{0}\u{2A47}\u{0}\u{2A40}\u{0}\
        \u{2229}\u{FE00}\u{0}\u{2041}\u{0}\u{2C7}\u{0}\u{2A4D}\u{0}\u{10D}\u{0}\u{E7}\u{0}\u{E7}\u{0}\
        \u{109}\u{0}\u{2A4C}\u{0}\u{2A50}\u{0}\u{10B}\u{0}\u{B8}\u{0}\u{B8}\u{0}\u{29B2}\u{0}\u{A2}\u{0}\
        \u{A2}\u{0}\u{B7}\u{0}\u{1D520}\u{0}\u{447}\u{0}\u{2713}\u{0}\u{2713}\u{0}\u{3C7}\u{0}\
        \u{25CB}\u{0}\u{29C3}\u{0}\u{2C6}\u{0}\u{2257}\u{0}\u{21BA}\u{0}\u{21BB}\u{0}\u{AE}\u{0}\
        \u{24C8}\u{0}\u{229B}\u{0}\u{229A}\u{0}\u{229D}\u{0}\u{2257}\u{0}\u{2A10}\u{0}\u{2AEF}\u{0}\
        \u{29C2}\u{0}\u{2663}\u{0}\u{2663}\u{0}:\u{0}\u{2254}\u{0}\u{2254}\u{0},\u{0}@\u{0}\u{2201}\u{0}\
        \u{2218}\u{0}\u{2201}\u{0}\u{2102}\u{0}\u{2245}\u{0}\u{2A6D}\u{0}\u{222E}\u{0}\u{1D554}\u{0}\
        \u{2210}\u{0}\u{A9}\u{0}\u{A9}\u{0}\u{2117}\u{0}\u{21B5}\u{0}\u{2717}\u{0}\u{1D4B8}\u{0}\
        \u{2ACF}\u{0}\u{2AD1}\u{0}\u{2AD0}\u{0}\u{2AD2}\u{0}\u{22EF}\u{0}\u{2938}\u{0}\u{2935}\u{0}\
        \u{22DE}\u{0}\u{22DF}\u{0}\u{21B6}\u{0}\u{293D}\u{0}\u{222A}\u{0}\u{2A48}\u{0}\u{2A46}\u{0}\
        \u{2A4A}\u{0}\u{228D}\u{0}\u{2A45}\u{0}\u{222A}\u{FE00}\u{0}\u{21B7}\u{0}\u{293C}\u{0}\
        \u{22DE}\u{0}\u{22DF}\u{0}\u{22CE}\u{0}\u{22CF}\u{0}\u{A4}\u{0}\u{A4}\u{0}\u{21B6}\u{0}\
        \u{21B7}\u{0}\u{22CE}\u{0}\u{22CF}\u{0}\u{2232}\u{0}\u{2231}\u{0}\u{232D}\u{0}\u{21D3}\u{0}\
        \u{2965}\u{0}\u{2020}\u{0}\u{2138}\u{0}\u{2193}\u{0}\u{2010}\u{0}\u{22A3}\u{0}\u{290F}\u{0}\
        \u{2DD}\u{0}\u{10F}\u{0}\u{434}\u{0}\u{2146}\u{0}\u{2021}\u{0}\u{21CA}\u{0}\u{2A77}\u{0}\
        \u{B0}\u{0}\u{B0}\u{0}\u{3B4}\u{0}\u{29B1}\u{0}\u{297F}\u{0}\u{1D521}\u{0}\u{21C3}\u{0}\
        \u{21C2}\u{0}\u{22C4}\u{0}\u{22C4}\u{0}\u{2666}\u{0}\u{2666}\u{0}\u{A8}\u{0}\u{3DD}\u{0}\
        \u{22F2}\u{0}\u{F7}\u{0}\u{F7}\u{0}\u{F7}\u{0}\u{22C7}\u{0}\u{22C7}\u{0}\u{452}\u{0}\
        \u{231E}\u{0}\u{230D}\u{0}$\u{0}\u{1D555}\u{0}\u{2D9}\u{0}\u{2250}\u{0}\u{2251}\u{0}\
        \u{2238}\u{0}\u{2214}\u{0}\u{22A1}\u{0}\u{2306}\u{0}\u{2193}\u{0}\u{21CA}\u{0}\u{21C3}\u{0}\
        \u{21C2}\u{0}\u{2910}\u{0}\u{231F}\u{0}\u{230C}\u{0}\u{1D4B9}\u{0}\u{455}\u{0}\u{29F6}\u{0}\
        \u{111}\u{0}\u{22F1}\u{0}\u{25BF}\u{0}\u{25BE}\u{0}\u{21F5}\u{0}\u{296F}\u{0}\u{29A6}\u{0}\
        \u{45F}\u{0}\u{27FF}\u{0}\u{2A77}\u{0}\u{2251}\u{0}\u{E9}\u{0}\u{E9}\u{0}\u{2A6E}\u{0}\
        \u{11B}\u{0}\u{2256}\u{0}\u{EA}\u{0}\u{EA}\u{0}\u{2255}\u{0}\u{44D}\u{0}\u{117}\u{0}\
        \u{2147}\u{0}\u{2252}\u{0}\u{1D522}\u{0}\u{2A9A}\u{0}\u{E8}\u{0}\u{E8}\u{0}\u{2A96}\u{0}\
        \u{2A98}\u{0}\u{2A99}\u{0}\u{23E7}\u{0}\u{2113}\u{0}\u{2A95}\u{0}\u{2A97}\u{0}\u{113}\u{0}\
        \u{2205}\u{0}\u{2205}\u{0}\u{2205}\u{0}\u{2004}\u{0}\u{2005}\u{0}\u{2003}\u{0}\u{14B}\u{0}\
        \u{2002}\u{0}\u{119}\u{0}\u{1D556}\u{0}\u{22D5}\u{0}\u{29E3}\u{0}\u{2A71}\u{0}\u{3B5}\u{0}\
        \u{3B5}\u{0}\u{3F5}\u{0}\u{2256}\u{0}\u{2255}\u{0}\u{2242}\u{0}\u{2A96}\u{0}\u{2A95}\u{0}=\u{0}\
        \u{225F}\u{0}\u{2261}\u{0}\u{2A78}\u{0}\u{29E5}\u{0}\u{2253}\u{0}\u{2971}\u{0}\u{212F}\u{0}\
        \u{2250}\u{0}\u{2242}\u{0}\u{3B7}\u{0}\u{F0}\u{0}\u{F0}\u{0}\u{EB}\u{0}\u{EB}\u{0}\u{20AC}\u{0}\
        !\u{0}\u{2203}\u{0}\u{2130}\u{0}\u{2147}\u{0}\u{2252}\u{0}\u{444}\u{0}\u{2640}\u{0}\u{FB03}\u{0}\
        \u{FB00}\u{0}\u{FB04}\u{0}\u{1D523}\u{0}\u{FB01}\u{0}fj\u{0}\u{266D}\u{0}\u{FB02}\u{0}\
        \u{25B1}\u{0}\u{192}\u{0}\u{1D557}\u{0}\u{2200}\u{0}\u{22D4}\u{0}\u{2AD9}\u{0}\u{2A0D}\u{0}\
        \u{BD}\u{0}\u{BD}\u{0}\u{2153}\u{0}\u{BC}\u{0}\u{BC}\u{0}\u{2155}\u{0}\u{2159}\u{0}\u{215B}\u{0}\
        \u{2154}\u{0}\u{2156}\u{0}\u{BE}\u{0}\u{BE}\u{0}\u{2157}\u{0}\u{215C}\u{0}\u{2158}\u{0}\
        \u{215A}\u{0}\u{215D}\u{0}\u{215E}\u{0}\u{2044}\u{0}\u{2322}\u{0}\u{1D4BB}\u{0}\u{2267}\u{0}\
        \u{2A8C}\u{0}\u{1F5}\u{0}\u{3B3}\u{0}\u{3DD}\u{0}\u{2A86}\u{0}\u{11F}\u{0}\u{11D}\u{0}\
        \u{433}\u{0}\u{121}\u{0}\u{2265}\u{0}\u{22DB}\u{0}\u{2265}\u{0}\u{2267}\u{0}\u{2A7E}\u{0}\
        \u{2A7E}\u{0}\u{2AA9}\u{0}\u{2A80}\u{0}\u{2A82}\u{0}\u{2A84}\u{0}\u{22DB}\u{FE00}\u{0}\
        \u{2A94}\u{0}\u{1D524}\u{0}\u{226B}\u{0}\u{22D9}\u{0}\u{2137}\u{0}\u{453}\u{0}\u{2277}\u{0}\
        \u{2A92}\u{0}\u{2AA5}\u{0}\u{2AA4}\u{0}\u{2269}\u{0}\u{2A8A}\u{0}\u{2A8A}\u{0}\u{2A88}\u{0}\
        \u{2A88}\u{0}\u{2269}\u{0}\u{22E7}\u{0}\u{1D558}\u{0}`\u{0}\u{210A}\u{0}\u{2273}\u{0}\
        \u{2A8E}\u{0}\u{2A90}\u{0}>\u{0}>\u{0}\u{2AA7}\u{0}\u{2A7A}\u{0}\u{22D7}\u{0}\u{2995}\u{0}\
        \u{2A7C}\u{0}\u{2A86}\u{0}\u{2978}\u{0}\u{22D7}\u{0}\u{22DB}\u{0}\u{2A8C}\u{0}\u{2277}\u{0}\
        \u{2273}\u{0}\u{2269}\u{FE00}\u{0}\u{2269}\u{FE00}\u{0}\u{21D4}\u{0}\u{200A}\u{0}\u{BD}\u{0}\
        \u{210B}\u{0}\u{44A}\u{0}\u{2194}\u{0}\u{2948}\u{0}\u{21AD}\u{0}\u{210F}\u{0}\u{125}\u{0}\
        \u{2665}\u{0}\u{2665}\u{0}\u{2026}\u{0}\u{22B9}\u{0}\u{1D525}\u{0}\u{2925}\u{0}\u{2926}\u{0}\
        \u{21FF}\u{0}\u{223B}\u{0}\u{21A9}\u{0}\u{21AA}\u{0}\u{1D559}\u{0}\u{2015}\u{0}\u{1D4BD}\u{0}\
        \u{210F}\u{0}\u{127}\u{0}\u{2043}\u{0}\u{2010}\u{0}\u{ED}\u{0}\u{ED}\u{0}\u{2063}\u{0}\
        \u{EE}\u{0}\u{EE}\u{0}\u{438}\u{0}\u{435}\u{0}\u{A1}\u{0}\u{A1}\u{0}\u{21D4}\u{0}\u{1D526}\u{0}\
        \u{EC}\u{0}\u{EC}\u{0}\u{2148}\u{0}\u{2A0C}\u{0}\u{222D}\u{0}\u{29DC}\u{0}\u{2129}\u{0}\
        \u{133}\u{0}\u{12B}\u{0}\u{2111}\u{0}\u{2110}\u{0}\u{2111}\u{0}\u{131}\u{0}\u{22B7}\u{0}\
        \u{1B5}\u{0}\u{2208}\u{0}\u{2105}\u{0}\u{221E}\u{0}\u{29DD}\u{0}\u{131}\u{0}\u{222B}\u{0}\
        \u{22BA}\u{0}\u{2124}\u{0}\u{22BA}\u{0}\u{2A17}\u{0}\u{2A3C}\u{0}\u{451}\u{0}\u{12F}\u{0}\
        \u{1D55A}\u{0}\u{3B9}\u{0}\u{2A3C}\u{0}\u{BF}\u{0}\u{BF}\u{0}\u{1D4BE}\u{0}\u{2208}\u{0}\
        \u{22F9}\u{0}\u{22F5}\u{0}\u{22F4}\u{0}\u{22F3}\u{0}\u{2208}\u{0}\u{2062}\u{0}\u{129}\u{0}\
        \u{456}\u{0}\u{EF}\u{0}\u{EF}\u{0}\u{135}\u{0}\u{439}\u{0}\u{1D527}\u{0}\u{237}\u{0}\
        \u{1D55B}\u{0}\u{1D4BF}\u{0}\u{458}\u{0}\u{454}\u{0}\u{3BA}\u{0}\u{3F0}\u{0}\u{137}\u{0}\
        \u{43A}\u{0}\u{1D528}\u{0}\u{138}\u{0}\u{445}\u{0}\u{45C}\u{0}\u{1D55C}\u{0}\u{1D4C0}\u{0}\
        \u{21DA}\u{0}\u{21D0}\u{0}\u{291B}\u{0}\u{290E}\u{0}\u{2266}\u{0}\u{2A8B}\u{0}\u{2962}\u{0}\
        \u{13A}\u{0}\u{29B4}\u{0}\u{2112}\u{0}\u{3BB}\u{0}\u{27E8}\u{0}\u{2991}\u{0}\u{27E8}\u{0}\
        \u{2A85}\u{0}\u{AB}\u{0}\u{AB}\u{0}\u{2190}\u{0}\u{21E4}\u{0}\u{291F}\u{0}\u{291D}\u{0}\
        \u{21A9}\u{0}\u{21AB}\u{0}\u{2939}\u{0}\u{2973}\u{0}\u{21A2}\u{0}\u{2AAB}\u{0}\u{2919}\u{0}\
        \u{2AAD}\u{0}\u{2AAD}\u{FE00}\u{0}\u{290C}\u{0}\u{2772}\u{0}{\u{0}[\u{0}\u{298B}\u{0}\
        \u{298F}\u{0}\u{298D}\u{0}\u{13E}\u{0}\u{13C}\u{0}\u{2308}\u{0}{\u{0}\u{43B}\u{0}\u{2936}\u{0}\
        \u{201C}\u{0}\u{201E}\u{0}\u{2967}\u{0}\u{294B}\u{0}\u{21B2}\u{0}\u{2264}\u{0}\u{2190}\u{0}\
        \u{21A2}\u{0}\u{21BD}\u{0}\u{21BC}\u{0}\u{21C7}\u{0}\u{2194}\u{0}\u{21C6}\u{0}\u{21CB}\u{0}\
        \u{21AD}\u{0}\u{22CB}\u{0}\u{22DA}\u{0}\u{2264}\u{0}\u{2266}\u{0}\u{2A7D}\u{0}\u{2A7D}\u{0}\
        \u{2AA8}\u{0}\u{2A7F}\u{0}\u{2A81}\u{0}\u{2A83}\u{0}\u{22DA}\u{FE00}\u{0}\u{2A93}\u{0}\
        \u{2A85}\u{0}\u{22D6}\u{0}\u{22DA}\u{0}\u{2A8B}\u{0}\u{2276}\u{0}\u{2272}\u{0}\u{297C}\u{0}\
        \u{230A}\u{0}\u{1D529}\u{0}\u{2276}\u{0}\u{2A91}\u{0}\u{21BD}\u{0}\u{21BC}\u{0}\u{296A}\u{0}\
        \u{2584}\u{0}\u{459}\u{0}\u{226A}\u{0}\u{21C7}\u{0}\u{231E}\u{0}\u{296B}\u{0}\u{25FA}\u{0}\
        \u{140}\u{0}\u{23B0}\u{0}\u{23B0}\u{0}\u{2268}\u{0}\u{2A89}\u{0}\u{2A89}\u{0}\u{2A87}\u{0}\
        \u{2A87}\u{0}\u{2268}\u{0}\u{22E6}\u{0}\u{27EC}\u{0}\u{21FD}\u{0}\u{27E6}\u{0}\u{27F5}\u{0}\
        \u{27F7}\u{0}\u{27FC}\u{0}\u{27F6}\u{0}\u{21AB}\u{0}\u{21AC}\u{0}\u{2985}\u{0}\u{1D55D}\u{0}\
        \u{2A2D}\u{0}\u{2A34}\u{0}\u{2217}\u{0}_\u{0}\u{25CA}\u{0}\u{25CA}\u{0}\u{29EB}\u{0}(\u{0}\
        \u{2993}\u{0}\u{21C6}\u{0}\u{231F}\u{0}\u{21CB}\u{0}\u{296D}\u{0}\u{200E}\u{0}\u{22BF}\u{0}\
        \u{2039}\u{0}\u{1D4C1}\u{0}\u{21B0}\u{0}\u{2272}\u{0}\u{2A8D}\u{0}\u{2A8F}\u{0}[\u{0}\
        \u{2018}\u{0}\u{201A}\u{0}\u{142}\u{0}<\u{0}<\u{0}\u{2AA6}\u{0}\u{2A79}\u{0}\u{22D6}\u{0}\
        \u{22CB}\u{0}\u{22C9}\u{0}\u{2976}\u{0}\u{2A7B}\u{0}\u{2996}\u{0}\u{25C3}\u{0}\u{22B4}\u{0}\
        \u{25C2}\u{0}\u{294A}\u{0}\u{2966}\u{0}\u{2268}\u{FE00}\u{0}\u{2268}\u{FE00}\u{0}\u{223A}\u{0}\
        \u{AF}\u{0}\u{AF}\u{0}\u{2642}\u{0}\u{2720}\u{0}\u{2720}\u{0}\u{21A6}\u{0}\u{21A6}\u{0}\
        \u{21A7}\u{0}\u{21A4}\u{0}\u{21A5}\u{0}\u{25AE}\u{0}\u{2A29}\u{0}\u{43C}\u{0}\u{2014}\u{0}\
        \u{2221}\u{0}\u{1D52A}\u{0}\u{2127}\u{0}\u{B5}\u{0}\u{B5}\u{0}\u{2223}\u{0}*\u{0}\u{2AF0}\u{0}\
        \u{B7}\u{0}\u{B7}\u{0}\u{2212}\u{0}\u{229F}\u{0}\u{2238}\u{0}\u{2A2A}\u{0}\u{2ADB}\u{0}\
        \u{2026}\u{0}\u{2213}\u{0}\u{22A7}\u{0}\u{1D55E}\u{0}\u{2213}\u{0}\u{1D4C2}\u{0}\u{223E}\u{0}\
        \u{3BC}\u{0}\u{22B8}\u{0}\u{22B8}\u{0}\u{22D9}\u{338}\u{0}\u{226B}\u{20D2}\u{0}\
        \u{226B}\u{338}\u{0}\u{21CD}\u{0}\u{21CE}\u{0}\u{22D8}\u{338}\u{0}\u{226A}\u{20D2}\u{0}\
        \u{226A}\u{338}\u{0}\u{21CF}\u{0}\u{22AF}\u{0}\u{22AE}\u{0}\u{2207}\u{0}\u{144}\u{0}\
        \u{2220}\u{20D2}\u{0}\u{2249}\u{0}\u{2A70}\u{338}\u{0}\u{224B}\u{338}\u{0}\u{149}\u{0}\
        \u{2249}\u{0}\u{266E}\u{0}\u{266E}\u{0}\u{2115}\u{0}\u{A0}\u{0}\u{A0}\u{0}\u{224E}\u{338}\u{0}\
        \u{224F}\u{338}\u{0}\u{2A43}\u{0}\u{148}\u{0}\u{146}\u{0}\u{2247}\u{0}\u{2A6D}\u{338}\u{0}\
        \u{2A42}\u{0}\u{43D}\u{0}\u{2013}\u{0}\u{2260}\u{0}\u{21D7}\u{0}\u{2924}\u{0}\u{2197}\u{0}\
        \u{2197}\u{0}\u{2250}\u{338}\u{0}\u{2262}\u{0}\u{2928}\u{0}\u{2242}\u{338}\u{0}\u{2204}\u{0}\
        \u{2204}\u{0}\u{1D52B}\u{0}\u{2267}\u{338}\u{0}\u{2271}\u{0}\u{2271}\u{0}\u{2267}\u{338}\u{0}\
        \u{2A7E}\u{338}\u{0}\u{2A7E}\u{338}\u{0}\u{2275}\u{0}\u{226F}\u{0}\u{226F}\u{0}\u{21CE}\u{0}\
        \u{21AE}\u{0}\u{2AF2}\u{0}\u{220B}\u{0}\u{22FC}\u{0}\u{22FA}\u{0}\u{220B}\u{0}\u{45A}\u{0}\
        \u{21CD}\u{0}\u{2266}\u{338}\u{0}\u{219A}\u{0}\u{2025}\u{0}\u{2270}\u{0}\u{219A}\u{0}\
        \u{21AE}\u{0}\u{2270}\u{0}\u{2266}\u{338}\u{0}\u{2A7D}\u{338}\u{0}\u{2A7D}\u{338}\u{0}\
        \u{226E}\u{0}\u{2274}\u{0}\u{226E}\u{0}\u{22EA}\u{0}\u{22EC}\u{0}\u{2224}\u{0}\u{1D55F}\u{0}\
        \u{AC}\u{0}\u{AC}\u{0}\u{2209}\u{0}\u{22F9}\u{338}\u{0}\u{22F5}\u{338}\u{0}\u{2209}\u{0}\
        \u{22F7}\u{0}\u{22F6}\u{0}\u{220C}\u{0}\u{220C}\u{0}\u{22FE}\u{0}\u{22FD}\u{0}\u{2226}\u{0}\
        \u{2226}\u{0}\u{2AFD}\u{20E5}\u{0}\u{2202}\u{338}\u{0}\u{2A14}\u{0}\u{2280}\u{0}\u{22E0}\u{0}\
        \u{2AAF}\u{338}\u{0}\u{2280}\u{0}\u{2AAF}\u{338}\u{0}\u{21CF}\u{0}\u{219B}\u{0}\
        \u{2933}\u{338}\u{0}\u{219D}\u{338}\u{0}\u{219B}\u{0}\u{22EB}\u{0}\u{22ED}\u{0}\u{2281}\u{0}\
        \u{22E1}\u{0}\u{2AB0}\u{338}\u{0}\u{1D4C3}\u{0}\u{2224}\u{0}\u{2226}\u{0}\u{2241}\u{0}\
        \u{2244}\u{0}\u{2244}\u{0}\u{2224}\u{0}\u{2226}\u{0}\u{22E2}\u{0}\u{22E3}\u{0}\u{2284}\u{0}\
        \u{2AC5}\u{338}\u{0}\u{2288}\u{0}\u{2282}\u{20D2}\u{0}\u{2288}\u{0}\u{2AC5}\u{338}\u{0}\
        \u{2281}\u{0}\u{2AB0}\u{338}\u{0}\u{2285}\u{0}\u{2AC6}\u{338}\u{0}\u{2289}\u{0}\
        \u{2283}\u{20D2}\u{0}\u{2289}\u{0}\u{2AC6}\u{338}\u{0}\u{2279}\u{0}\u{F1}\u{0}\u{F1}\u{0}\
        \u{2278}\u{0}\u{22EA}\u{0}\u{22EC}\u{0}\u{22EB}\u{0}\u{22ED}\u{0}\u{3BD}\u{0}#\u{0}\u{2116}\u{0}\
        \u{2007}\u{0}\u{22AD}\u{0}\u{2904}\u{0}\u{224D}\u{20D2}\u{0}\u{22AC}\u{0}\u{2265}\u{20D2}\u{0}\
        >\u{20D2}\u{0}\u{29DE}\u{0}\u{2902}\u{0}\u{2264}\u{20D2}\u{0}<\u{20D2}\u{0}\u{22B4}\u{20D2}\u{0}\
        \u{2903}\u{0}\u{22B5}\u{20D2}\u{0}\u{223C}\u{20D2}\u{0}\u{21D6}\u{0}\u{2923}\u{0}\u{2196}\u{0}\
        \u{2196}\u{0}\u{2927}\u{0}\u{24C8}\u{0}\u{F3}\u{0}\u{F3}\u{0}\u{229B}\u{0}\u{229A}\u{0}\
        \u{F4}\u{0}\u{F4}\u{0}\u{43E}\u{0}\u{229D}\u{0}\u{151}\u{0}\u{2A38}\u{0}\u{2299}\u{0}\
        \u{29BC}\u{0}\u{153}\u{0}\u{29BF}\u{0}\u{1D52C}\u{0}\u{2DB}\u{0}\u{F2}\u{0}\u{F2}\u{0}\
        \u{29C1}\u{0}\u{29B5}\u{0}\u{3A9}\u{0}\u{222E}\u{0}\u{21BA}\u{0}\u{29BE}\u{0}\u{29BB}\u{0}\
        \u{203E}\u{0}\u{29C0}\u{0}\u{14D}\u{0}\u{3C9}\u{0}\u{3BF}\u{0}\u{29B6}\u{0}\u{2296}\u{0}\
        \u{1D560}\u{0}\u{29B7}\u{0}\u{29B9}\u{0}\u{2295}\u{0}\u{2228}\u{0}\u{21BB}\u{0}\u{2A5D}\u{0}\
        \u{2134}\u{0}\u{2134}\u{0}\u{AA}\u{0}\u{AA}\u{0}\u{BA}\u{0}\u{BA}\u{0}\u{22B6}\u{0}\u{2A56}\u{0}\
        \u{2A57}\u{0}\u{2A5B}\u{0}\u{2134}\u{0}\u{F8}\u{0}\u{F8}\u{0}\u{2298}\u{0}\u{F5}\u{0}\u{F5}\u{0}\
        \u{2297}\u{0}\u{2A36}\u{0}\u{F6}\u{0}\u{F6}\u{0}\u{233D}\u{0}\u{2225}\u{0}\u{B6}\u{0}\u{B6}\u{0}\
        \u{2225}\u{0}\u{2AF3}\u{0}\u{2AFD}\u{0}\u{2202}\u{0}\u{43F}\u{0}%\u{0}.\u{0}\u{2030}\u{0}\
        \u{22A5}\u{0}\u{2031}\u{0}\u{1D52D}\u{0}\u{3C6}\u{0}\u{3D5}\u{0}\u{2133}\u{0}\u{260E}\u{0}\
        \u{3C0}\u{0}\u{22D4}\u{0}\u{3D6}\u{0}\u{210F}\u{0}\u{210E}\u{0}\u{210F}\u{0}+\u{0}\u{2A23}\u{0}\
        \u{229E}\u{0}\u{2A22}\u{0}\u{2214}\u{0}\u{2A25}\u{0}\u{2A72}\u{0}\u{B1}\u{0}\u{B1}\u{0}\
        \u{2A26}\u{0}\u{2A27}\u{0}\u{B1}\u{0}\u{2A15}\u{0}\u{1D561}\u{0}\u{A3}\u{0}\u{A3}\u{0}\
        \u{227A}\u{0}\u{2AB3}\u{0}\u{2AB7}\u{0}\u{227C}\u{0}\u{2AAF}\u{0}\u{227A}\u{0}\u{2AB7}\u{0}\
        \u{227C}\u{0}\u{2AAF}\u{0}\u{2AB9}\u{0}\u{2AB5}\u{0}\u{22E8}\u{0}\u{227E}\u{0}\u{2032}\u{0}\
        \u{2119}\u{0}\u{2AB5}\u{0}\u{2AB9}\u{0}\u{22E8}\u{0}\u{220F}\u{0}\u{232E}\u{0}\u{2312}\u{0}\
        \u{2313}\u{0}\u{221D}\u{0}\u{221D}\u{0}\u{227E}\u{0}\u{22B0}\u{0}\u{1D4C5}\u{0}\u{3C8}\u{0}\
        \u{2008}\u{0}\u{1D52E}\u{0}\u{2A0C}\u{0}\u{1D562}\u{0}\u{2057}\u{0}\u{1D4C6}\u{0}\u{210D}\u{0}\
        \u{2A16}\u{0}?\u{0}\u{225F}\u{0}\u{22}\u{0}\u{22}\u{0}\u{21DB}\u{0}\u{21D2}\u{0}\u{291C}\u{0}\
        \u{290F}\u{0}\u{2964}\u{0}\u{223D}\u{331}\u{0}\u{155}\u{0}\u{221A}\u{0}\u{29B3}\u{0}\
        \u{27E9}\u{0}\u{2992}\u{0}\u{29A5}\u{0}\u{27E9}\u{0}\u{BB}\u{0}\u{BB}\u{0}\u{2192}\u{0}\
        \u{2975}\u{0}\u{21E5}\u{0}\u{2920}\u{0}\u{2933}\u{0}\u{291E}\u{0}\u{21AA}\u{0}\u{21AC}\u{0}\
        \u{2945}\u{0}\u{2974}\u{0}\u{21A3}\u{0}\u{219D}\u{0}\u{291A}\u{0}\u{2236}\u{0}\u{211A}\u{0}\
        \u{290D}\u{0}\u{2773}\u{0}}\u{0}]\u{0}\u{298C}\u{0}\u{298E}\u{0}\u{2990}\u{0}\u{159}\u{0}\
        \u{157}\u{0}\u{2309}\u{0}}\u{0}\u{440}\u{0}\u{2937}\u{0}\u{2969}\u{0}\u{201D}\u{0}\u{201D}\u{0}\
        \u{21B3}\u{0}\u{211C}\u{0}\u{211B}\u{0}\u{211C}\u{0}\u{211D}\u{0}\u{25AD}\u{0}\u{AE}\u{0}\
        \u{AE}\u{0}\u{297D}\u{0}\u{230B}\u{0}\u{1D52F}\u{0}\u{21C1}\u{0}\u{21C0}\u{0}\u{296C}\u{0}\
        \u{3C1}\u{0}\u{3F1}\u{0}\u{2192}\u{0}\u{21A3}\u{0}\u{21C1}\u{0}\u{21C0}\u{0}\u{21C4}\u{0}\
        \u{21CC}\u{0}\u{21C9}\u{0}\u{219D}\u{0}\u{22CC}\u{0}\u{2DA}\u{0}\u{2253}\u{0}\u{21C4}\u{0}\
        \u{21CC}\u{0}\u{200F}\u{0}\u{23B1}\u{0}\u{23B1}\u{0}\u{2AEE}\u{0}\u{27ED}\u{0}\u{21FE}\u{0}\
        \u{27E7}\u{0}\u{2986}\u{0}\u{1D563}\u{0}\u{2A2E}\u{0}\u{2A35}\u{0})\u{0}\u{2994}\u{0}\
        \u{2A12}\u{0}\u{21C9}\u{0}\u{203A}\u{0}\u{1D4C7}\u{0}\u{21B1}\u{0}]\u{0}\u{2019}\u{0}\
        \u{2019}\u{0}\u{22CC}\u{0}\u{22CA}\u{0}\u{25B9}\u{0}\u{22B5}\u{0}\u{25B8}\u{0}\u{29CE}\u{0}\
        \u{2968}\u{0}\u{211E}\u{0}\u{15B}\u{0}\u{201A}\u{0}\u{227B}\u{0}\u{2AB4}\u{0}\u{2AB8}\u{0}\
        \u{161}\u{0}\u{227D}\u{0}\u{2AB0}\u{0}\u{15F}\u{0}\u{15D}\u{0}\u{2AB6}\u{0}\u{2ABA}\u{0}\
        \u{22E9}\u{0}\u{2A13}\u{0}\u{227F}\u{0}\u{441}\u{0}\u{22C5}\u{0}\u{22A1}\u{0}\u{2A66}\u{0}\
        \u{21D8}\u{0}\u{2925}\u{0}\u{2198}\u{0}\u{2198}\u{0}\u{A7}\u{0}\u{A7}\u{0};\u{0}\u{2929}\u{0}\
        \u{2216}\u{0}\u{2216}\u{0}\u{2736}\u{0}\u{1D530}\u{0}\u{2322}\u{0}\u{266F}\u{0}\u{449}\u{0}\
        \u{448}\u{0}\u{2223}\u{0}\u{2225}\u{0}\u{AD}\u{0}\u{AD}\u{0}\u{3C3}\u{0}\u{3C2}\u{0}\u{3C2}\u{0}\
        \u{223C}\u{0}\u{2A6A}\u{0}\u{2243}\u{0}\u{2243}\u{0}\u{2A9E}\u{0}\u{2AA0}\u{0}\u{2A9D}\u{0}\
        \u{2A9F}\u{0}\u{2246}\u{0}\u{2A24}\u{0}\u{2972}\u{0}\u{2190}\u{0}\u{2216}\u{0}\u{2A33}\u{0}\
        \u{29E4}\u{0}\u{2223}\u{0}\u{2323}\u{0}\u{2AAA}\u{0}\u{2AAC}\u{0}\u{2AAC}\u{FE00}\u{0}\
        \u{44C}\u{0}/\u{0}\u{29C4}\u{0}\u{233F}\u{0}\u{1D564}\u{0}\u{2660}\u{0}\u{2660}\u{0}\
        \u{2225}\u{0}\u{2293}\u{0}\u{2293}\u{FE00}\u{0}\u{2294}\u{0}\u{2294}\u{FE00}\u{0}\u{228F}\u{0}\
        \u{2291}\u{0}\u{228F}\u{0}\u{2291}\u{0}\u{2290}\u{0}\u{2292}\u{0}\u{2290}\u{0}\u{2292}\u{0}\
        \u{25A1}\u{0}\u{25A1}\u{0}\u{25AA}\u{0}\u{25AA}\u{0}\u{2192}\u{0}\u{1D4C8}\u{0}\u{2216}\u{0}\
        \u{2323}\u{0}\u{22C6}\u{0}\u{2606}\u{0}\u{2605}\u{0}\u{3F5}\u{0}\u{3D5}\u{0}\u{AF}\u{0}\
        \u{2282}\u{0}\u{2AC5}\u{0}\u{2ABD}\u{0}\u{2286}\u{0}\u{2AC3}\u{0}\u{2AC1}\u{0}\u{2ACB}\u{0}\
        \u{228A}\u{0}\u{2ABF}\u{0}\u{2979}\u{0}\u{2282}\u{0}\u{2286}\u{0}\u{2AC5}\u{0}\u{228A}\u{0}\
        \u{2ACB}\u{0}\u{2AC7}\u{0}\u{2AD5}\u{0}\u{2AD3}\u{0}\u{227B}\u{0}\u{2AB8}\u{0}\u{227D}\u{0}\
        \u{2AB0}\u{0}\u{2ABA}\u{0}\u{2AB6}\u{0}\u{22E9}\u{0}\u{227F}\u{0}\u{2211}\u{0}\u{266A}\u{0}\
        \u{B9}\u{0}\u{B9}\u{0}\u{B2}\u{0}\u{B2}\u{0}\u{B3}\u{0}\u{B3}\u{0}\u{2283}\u{0}\u{2AC6}\u{0}\
        \u{2ABE}\u{0}\u{2AD8}\u{0}\u{2287}\u{0}\u{2AC4}\u{0}\u{27C9}\u{0}\u{2AD7}\u{0}\u{297B}\u{0}\
        \u{2AC2}\u{0}\u{2ACC}\u{0}\u{228B}\u{0}\u{2AC0}\u{0}\u{2283}\u{0}\u{2287}\u{0}\u{2AC6}\u{0}\
        \u{228B}\u{0}\u{2ACC}\u{0}\u{2AC8}\u{0}\u{2AD4}\u{0}\u{2AD6}\u{0}\u{21D9}\u{0}\u{2926}\u{0}\
        \u{2199}\u{0}\u{2199}\u{0}\u{292A}\u{0}\u{DF}\u{0}\u{DF}\u{0}\u{2316}\u{0}\u{3C4}\u{0}\
        \u{23B4}\u{0}\u{165}\u{0}\u{163}\u{0}\u{442}\u{0}\u{20DB}\u{0}\u{2315}\u{0}\u{1D531}\u{0}\
        \u{2234}\u{0}\u{2234}\u{0}\u{3B8}\u{0}\u{3D1}\u{0}\u{3D1}\u{0}\u{2248}\u{0}\u{223C}\u{0}\
        \u{2009}\u{0}\u{2248}\u{0}\u{223C}\u{0}\u{FE}\u{0}\u{FE}\u{0}\u{2DC}\u{0}\u{D7}\u{0}\u{D7}\u{0}\
        \u{22A0}\u{0}\u{2A31}\u{0}\u{2A30}\u{0}\u{222D}\u{0}\u{2928}\u{0}\u{22A4}\u{0}\u{2336}\u{0}\
        \u{2AF1}\u{0}\u{1D565}\u{0}\u{2ADA}\u{0}\u{2929}\u{0}\u{2034}\u{0}\u{2122}\u{0}\u{25B5}\u{0}\
        \u{25BF}\u{0}\u{25C3}\u{0}\u{22B4}\u{0}\u{225C}\u{0}\u{25B9}\u{0}\u{22B5}\u{0}\u{25EC}\u{0}\
        \u{225C}\u{0}\u{2A3A}\u{0}\u{2A39}\u{0}\u{29CD}\u{0}\u{2A3B}\u{0}\u{23E2}\u{0}\u{1D4C9}\u{0}\
        \u{446}\u{0}\u{45B}\u{0}\u{167}\u{0}\u{226C}\u{0}\u{219E}\u{0}\u{21A0}\u{0}\u{21D1}\u{0}\
        \u{2963}\u{0}\u{FA}\u{0}\u{FA}\u{0}\u{2191}\u{0}\u{45E}\u{0}\u{16D}\u{0}\u{FB}\u{0}\u{FB}\u{0}\
        \u{443}\u{0}\u{21C5}\u{0}\u{171}\u{0}\u{296E}\u{0}\u{297E}\u{0}\u{1D532}\u{0}\u{F9}\u{0}\
        \u{F9}\u{0}\u{21BF}\u{0}\u{21BE}\u{0}\u{2580}\u{0}\u{231C}\u{0}\u{231C}\u{0}\u{230F}\u{0}\
        \u{25F8}\u{0}\u{16B}\u{0}\u{A8}\u{0}\u{A8}\u{0}\u{173}\u{0}\u{1D566}\u{0}\u{2191}\u{0}\
        \u{2195}\u{0}\u{21BF}\u{0}\u{21BE}\u{0}\u{228E}\u{0}\u{3C5}\u{0}\u{3D2}\u{0}\u{3C5}\u{0}\
        \u{21C8}\u{0}\u{231D}\u{0}\u{231D}\u{0}\u{230E}\u{0}\u{16F}\u{0}\u{25F9}\u{0}\u{1D4CA}\u{0}\
        \u{22F0}\u{0}\u{169}\u{0}\u{25B5}\u{0}\u{25B4}\u{0}\u{21C8}\u{0}\u{FC}\u{0}\u{FC}\u{0}\
        \u{29A7}\u{0}\u{21D5}\u{0}\u{2AE8}\u{0}\u{2AE9}\u{0}\u{22A8}\u{0}\u{299C}\u{0}\u{3F5}\u{0}\
        \u{3F0}\u{0}\u{2205}\u{0}\u{3D5}\u{0}\u{3D6}\u{0}\u{221D}\u{0}\u{2195}\u{0}\u{3F1}\u{0}\
        \u{3C2}\u{0}\u{228A}\u{FE00}\u{0}\u{2ACB}\u{FE00}\u{0}\u{228B}\u{FE00}\u{0}\u{2ACC}\u{FE00}\u{0}\
        \u{3D1}\u{0}\u{22B2}\u{0}\u{22B3}\u{0}\u{432}\u{0}\u{22A2}\u{0}\u{2228}\u{0}\u{22BB}\u{0}\
        \u{225A}\u{0}\u{22EE}\u{0}|\u{0}|\u{0}\u{1D533}\u{0}\u{22B2}\u{0}\u{2282}\u{20D2}\u{0}\
        \u{2283}\u{20D2}\u{0}\u{1D567}\u{0}\u{221D}\u{0}\u{22B3}\u{0}\u{1D4CB}\u{0}\u{2ACB}\u{FE00}\u{0}\
        \u{228A}\u{FE00}\u{0}\u{2ACC}\u{FE00}\u{0}\u{228B}\u{FE00}\u{0}\u{299A}\u{0}\u{175}\u{0}\
        \u{2A5F}\u{0}\u{2227}\u{0}\u{2259}\u{0}\u{2118}\u{0}\u{1D534}\u{0}\u{1D568}\u{0}\u{2118}\u{0}\
        \u{2240}\u{0}\u{2240}\u{0}\u{1D4CC}\u{0}\u{22C2}\u{0}\u{25EF}\u{0}\u{22C3}\u{0}\u{25BD}\u{0}\
        \u{1D535}\u{0}\u{27FA}\u{0}\u{27F7}\u{0}\u{3BE}\u{0}\u{27F8}\u{0}\u{27F5}\u{0}\u{27FC}\u{0}\
        \u{22FB}\u{0}\u{2A00}\u{0}\u{1D569}\u{0}\u{2A01}\u{0}\u{2A02}\u{0}\u{27F9}\u{0}\u{27F6}\u{0}\
        \u{1D4CD}\u{0}\u{2A06}\u{0}\u{2A04}\u{0}\u{25B3}\u{0}\u{22C1}\u{0}\u{22C0}\u{0}\u{FD}\u{0}\
        \u{FD}\u{0}\u{44F}\u{0}\u{177}\u{0}\u{44B}\u{0}\u{A5}\u{0}\u{A5}\u{0}\u{1D536}\u{0}\u{457}\u{0}\
        \u{1D56A}\u{0}\u{1D4CE}\u{0}\u{44E}\u{0}\u{FF}\u{0}\u{FF}\u{0}\u{17A}\u{0}\u{17E}\u{0}\
        \u{437}\u{0}\u{17C}\u{0}\u{2128}\u{0}\u{3B6}\u{0}\u{1D537}\u{0}\u{436}\u{0}\u{21DD}\u{0}\
        \u{1D56B}\u{0}\u{1D4CF}\u{0}\u{200D}\u{0}\u{200C}\u{0}
        """

    /// Number of entries in ``names`` and ``values``.
    static let count = 2231
}
