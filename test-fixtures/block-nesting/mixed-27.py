async def g():
 match x:
  case 1:
   try:
    pass
   finally:
    async for x in y:
     try:
      if a: break
      try:
       if a: break
       match x:
        case 1:
         try:
          pass
         finally:
          try:
           match x:
            case 1:
             try:
              try:
               try:
                async with x:
                 match x:
                  case 1:
                   for x in y:
                    pass
                   else:
                    with x, z:
                     try:
                      try:
                       try:
                        if a: return 1
                        for x in y:
                         pass
                        else:
                         pass
                       finally:
                        for x in y: pass
                      finally:
                       pass
                     except E:
                      pass
                     finally:
                      pass
               except E:
                pass
              except* E:
               pass
             finally:
              pass
          except* E:
           pass
      finally:
       for x in y: pass
     finally:
      for x in y: pass
